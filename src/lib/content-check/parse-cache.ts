// What parsing a content file produced, kept between runs by the hash of the file's bytes and of
// the code that parses: a rebuild in which few files changed parses only those. Parsing is a pure
// function of these bytes and this code, so a hit gives exactly what parsing again would give,
// problems included. The rules that read the parsed data still run on every entry each time.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from './problem.ts';
import type { AttachmentPage } from '../personal-data/attachment-text.ts';
import type { PersonalDataStore } from '../personal-data.ts';

/** A parsed file: its data and where its YAML lies, or the problems that stopped it. */
export type CachedParse =
  | { problems: Problem[] }
  | { data: unknown; body?: string; bodyLine?: number; lineOffset: number; yamlStart: number; yamlEnd: number };

type Kept = Map<string, { hash: string; parse: Uint8Array }>;

// Each value is kept serialised, so that nothing a rule does to an entry's data can reach the cache.

interface Stored {
  version: string;
  entries: Kept;
}

/**
 * Files and folders whose text decides what a parse, an attachment's text, an entry's personal-data
 * scan or a body's links and HTML (the site's Markdown pipeline and link rules) give (the scan's rules, the lines and labels it reports, the libraries in the lock file);
 * a change to any of them empties the cache.
 */
const CODE = ['./', '../personal-data/', '../personal-data.ts', '../content-files.ts', '../dates.ts', '../uscc.ts', '../attachments.ts', '../../schemas/url.ts', '../../markdown/', '../../../package-lock.json'];

/** The version of that code. */
export async function parsingVersion(): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for (const path of CODE) {
      const url = new URL(path, import.meta.url);
      const names = path.endsWith('/') ? (await readdir(url)).filter((name) => !name.includes('.test.')).sort() : [''];
      for (const name of names) {
        const file = new URL(name, url);
        if ((await stat(file)).isFile()) hash.update(path + name).update('\0').update(await readFile(file)).update('\0');
      }
    }
  } catch {
    // Running from somewhere the sources are not (a bundle): no version, so no cache.
    return undefined;
  }
  return `${process.versions.node}:${hash.digest('hex')}`;
}

/** The key of one file's bytes as read for one kind and format. */
export function sourceHash(bytes: Uint8Array, how: string): string {
  return createHash('sha256').update(how).update('\0').update(bytes).digest('hex');
}

/** Attachment texts and personal-data scans are kept under these prefixes, beside the content files (whose keys are paths). */
const PAGES = 'attachment-text:';
const SCANS = 'personal-data:';
const BODIES = 'body-markup:';

export class ParseCache implements PersonalDataStore {
  private readonly used: Kept = new Map();
  hits = 0;

  private readonly file: string;
  private readonly version: string;
  private readonly stored: Kept;

  private constructor(file: string, version: string, stored: Kept) {
    this.file = file;
    this.version = version;
    this.stored = stored;
  }

  /** The cache kept in `file`; a missing, unreadable or outdated one starts empty. */
  static async open(file: string, version: string): Promise<ParseCache> {
    let entries: Kept = new Map();
    try {
      const stored = deserialize(await readFile(file)) as Stored;
      if (stored?.version === version && stored.entries instanceof Map) entries = stored.entries;
    } catch {
      // No cache yet, or a damaged one: parse everything.
    }
    return new ParseCache(file, version, entries);
  }

  /** The parse of `file` when its bytes (and the parsing code) are what they were. */
  parsed(file: string, hash: string): CachedParse | undefined {
    const found = this.get(file, hash);
    return found && !('pages' in found) ? found : undefined;
  }

  private get(file: string, hash: string): CachedParse | { pages: AttachmentPage[] } | undefined {
    const found = this.stored.get(file);
    if (!found || found.hash !== hash) return undefined;
    this.used.set(file, found);
    this.hits++;
    return deserialize(found.parse) as CachedParse | { pages: AttachmentPage[] };
  }

  set(file: string, hash: string, parse: CachedParse | { pages: AttachmentPage[] }): void {
    this.used.set(file, { hash, parse: serialize(parse) });
  }

  /** The text of an attachment, by the hash attachment-text.ts keys it by. */
  pages(key: string): AttachmentPage[] | undefined {
    const found = this.get(PAGES + key, key);
    return found && 'pages' in found ? found.pages : undefined;
  }

  keep(key: string, pages: AttachmentPage[]): void {
    // Many entries attach one file (a power of attorney): kept once.
    if (this.used.get(PAGES + key)?.hash === key) return;
    this.set(PAGES + key, key, { pages });
  }

  /** The personal-data problems of the entry in `file`, scanned before under the same key. */
  scanned(file: string, key: string): Problem[] | undefined {
    const found = this.get(SCANS + file, key);
    return found && 'problems' in found ? found.problems : undefined;
  }

  keepScan(file: string, key: string, problems: Problem[]): void {
    this.set(SCANS + file, key, { problems });
  }

  /** The link and HTML problems of the body in `file`, checked before under the same key (body-markup.ts). */
  bodyChecked(file: string, key: string): Problem[] | undefined {
    const found = this.get(BODIES + file, key);
    return found && 'problems' in found ? found.problems : undefined;
  }

  keepBodyCheck(file: string, key: string, problems: Problem[]): void {
    this.set(BODIES + file, key, { problems });
  }

  /** Keeps the files of this run only (deleted files drop out), written whole and then renamed into place. */
  async save(): Promise<void> {
    const stored: Stored = { version: this.version, entries: this.used };
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = join(dirname(this.file), `.${process.pid}-${Date.now()}.tmp`);
    await writeFile(temporary, serialize(stored));
    await rename(temporary, this.file);
    // Caches of project copies long gone (a test's or a benchmark's temporary folder) are removed:
    // only the few most recently written are kept, none older than a week.
    const folder = dirname(this.file);
    const caches = [];
    for (const name of await readdir(folder)) {
      if (!/^content-parse-[0-9a-f]{16}\.bin$/.test(name) || join(folder, name) === this.file) continue;
      const info = await stat(join(folder, name)).catch(() => undefined);
      if (info) caches.push({ path: join(folder, name), written: info.mtimeMs });
    }
    caches.sort((a, b) => b.written - a.written);
    const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
    for (const [index, cache] of caches.entries()) {
      if (index >= KEEP_OTHERS || cache.written < weekAgo) await rm(cache.path, { force: true });
    }
  }
}

/** How many other projects' caches are kept beside this one's (the checkout and a few copies of it). */
const KEEP_OTHERS = 3;

/** Where a project's parse cache lives: node_modules/.cache (kept between builds, never published), one file per project folder. */
export function parseCacheFile(root: string): string {
  // "/site/" (Astro's root) and "/site" (a script's working folder) are one project.
  const project = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.cache', 'gongkai', `content-parse-${project}.bin`);
}
