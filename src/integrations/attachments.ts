// Copies every file that content entries attach (each field built with attachment() or document(),
// marked x-file in the schema) into the built site, at the URL src/lib/attachments.ts gives it.
// The content check has already verified each file; the copy opens every one again through
// openVerifiedAttachment (no link followed, nothing outside content/, format matching its
// extension), so a file swapped after the check fails the build instead of being published.
// Entries that are no longer disclosed (a penalty decision past its 公示截止期 or withdrawn) take
// their files with them. `astro dev` serves the same URLs from content/ under the same rules.
import type { AstroIntegration } from 'astro';
import { constants } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { checkedContent } from './checked-content.ts';
import { collectMarked, jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { isAttachmentFault, openVerifiedAttachment } from '../lib/content-check/attachment-files.ts';
import { ATTACHMENT_BASE, ATTACHMENT_FORMATS, attachmentSource } from '../lib/attachments.ts';
import { buildToday } from '../lib/dates.ts';
import { disclosureState } from '../lib/disclosure.ts';
import { CONTENT_DIR } from '../lib/content-files.ts';
import { kinds } from '../kinds/index.ts';

/** Whether an entry is shown today; only entries with a disclosure period can stop being shown. */
export function disclosed(data: unknown, today: string): boolean {
  const record = data as { disclosureUntil?: unknown; withdrawal?: { kind: string; date: string; reason: string } };
  if (typeof record?.disclosureUntil !== 'string') return true;
  return disclosureState({ disclosureUntil: record.disclosureUntil, ...(record.withdrawal ? { withdrawal: record.withdrawal } : {}) }, today) === 'published';
}

/** Every attached file of the entries shown today, as paths under content/. */
export async function attachedFiles(root: string, today: string): Promise<string[]> {
  const { entries } = await checkedContent(root);
  const files = new Set<string>();
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of entries[name] ?? []) {
      if (!disclosed(entry.data, today)) continue;
      for (const { value } of collectMarked(schema, entry.data, 'x-file')) files.add(attachmentSource(entry.file, value));
    }
  }
  return [...files].sort();
}

/** Copies one attached file (a path under content/) to the built site, refusing what the check would. */
export async function copyAttachment(contentRoot: string, source: string, outDir: string): Promise<void> {
  const opened = await openVerifiedAttachment(contentRoot, source);
  if (isAttachmentFault(opened)) throw new Error(`${CONTENT_DIR}/${source}：${opened.message} (期望 ${opened.expected})`);
  try {
    const target = join(outDir, ATTACHMENT_BASE, source);
    await mkdir(dirname(target), { recursive: true });
    // Read from the handle already opened and checked, never from the path again; write without
    // following a link that something else left at the target.
    const output = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
    await pipeline(opened.handle.createReadStream({ start: 0, autoClose: false }), output.createWriteStream());
  } finally {
    await opened.handle.close();
  }
}

export default function attachments(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gongkai:attachments',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(ATTACHMENT_BASE, (request, response, next) => {
          let source: string;
          try {
            source = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
          } catch {
            return next();
          }
          // The same checks as the build: a link, a path out of content/ or a disguised file is a 404.
          openVerifiedAttachment(join(root, CONTENT_DIR), source).then(
            (opened) => {
              if (isAttachmentFault(opened)) return next();
              response.setHeader('Content-Type', ATTACHMENT_FORMATS[opened.extension].mime);
              response.setHeader('Content-Length', String(opened.size));
              pipeline(opened.handle.createReadStream({ start: 0 }), response).catch(() => response.destroy());
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await attachedFiles(root, buildToday());
        for (const file of files) await copyAttachment(join(root, CONTENT_DIR), file, outDir);
        logger.info(`已复制附件 ${files.length} 个`);
      },
    },
  };
}
