// Seeded mutation fuzz of the content check: every entry of the minimal fixture is mutated in many
// ways (fields deleted, wrong shapes, broken YAML, impossible and future dates, dangling references,
// codes that differ from file names, BOM, CRLF, tabs, NUL, emoji, direction marks, personal data and
// unsafe links in every text field and body) and the check must, for each: not throw, refuse what is
// bad with a problem naming the file and the field, and word every problem as one Chinese line with a
// line number, nothing like "undefined", "[object Object]" or a stack trace in it.
//
// Each round mutates every entry file at once (one tree, one check), and every mutation is judged by
// the lines of its own file, so a few dozen checks cover thousands of mutations. The seed is fixed:
// a failure names the round and the mutation, and reruns the same.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kinds } from '../../kinds/index.ts';
import { rehypePlugins } from '../../markdown/plugins.ts';
import { residentIdCheckChar, luhnValid } from '../personal-data.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAfter, MINIMAL_FIXTURE, scratchDir, type Edits } from './test-tree.ts';
import { checkContent } from './index.ts';
import { formatProblem, type Problem } from './problem.ts';
import { child, jsonSchemaOf, type JsonSchema } from './schema-walk.ts';
import type { SourceEntry } from './source.ts';
import type { CheckKinds } from './kinds.ts';
import { seededRandom } from '../../../tests/fixtures/seeded-random.ts';


/**
 * GONGKAI_FUZZ_CONTENT=sample runs the same rounds over the sample office's content/ (slower: for
 * looking for trouble by hand); by default the minimal fixture, as the unit tests do.
 */
const SAMPLE = process.env.GONGKAI_FUZZ_CONTENT === 'sample';
/** The day the check judges dates on: after every entry of the source. */
const TODAY = SAMPLE ? '2026-11-30' : '2026-06-30';
const SOURCE_ROOT = SAMPLE ? fileURLToPath(new URL('../../../', import.meta.url)) : MINIMAL_FIXTURE;

/** The check on a copy of the source's content/ with the edits applied. */
async function checkEdited(edits: Edits, today: string): Promise<Awaited<ReturnType<typeof checkAfter>>> {
  if (!SAMPLE) return checkAfter(edits, { today });
  const root = scratchDir('gongkai-fuzz-');
  try {
    cpSync(join(SOURCE_ROOT, 'content'), join(root, 'content'), { recursive: true });
    for (const [path, edit] of Object.entries(edits)) {
      const file = join(root, path);
      if (edit === null) rmSync(file, { force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, typeof edit === 'function' ? edit(readFileSync(file, 'utf8')) : edit);
      }
    }
    return await checkContent(root, kinds, { today });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
const SEED = 20261130;

type Path = (string | number)[];

// ---- the fixture's entries, as the check reads them -------------------------------------------

const pristine = await checkEdited({}, TODAY);
if (pristine.problems.some((problem) => problem.severity !== 'warning')) throw new Error(`the minimal fixture does not pass: ${pristine.problems.map(formatProblem).join('\n')}`);

interface Entry {
  file: string;
  kind: string;
  text: string;
  markdown: boolean;
  /** The YAML text (a Markdown file's front matter). */
  yaml: string;
  body?: string;
  data: Record<string, unknown>;
  schema: JsonSchema;
  idField?: string;
}

const entries: Entry[] = Object.values(pristine.entries)
  .flat()
  .map((entry: SourceEntry) => {
    const kind = (kinds as CheckKinds)[entry.kind]!;
    const text = readFileSync(join(SOURCE_ROOT, entry.file), 'utf8');
    const markdown = kind.format === 'markdown';
    const [, front, body] = markdown ? (/^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text) ?? []) : [undefined, text, undefined];
    if (front === undefined) throw new Error(`${entry.file}: no front matter found`);
    return {
      file: entry.file,
      kind: entry.kind,
      text,
      markdown,
      yaml: front,
      body,
      data: entry.data as Record<string, unknown>,
      schema: jsonSchemaOf(kind.schema),
      idField: kind.single ? undefined : kind.idField,
    };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

/** The node of `schema` at `path`, following unions like the check does. */
function schemaAt(schema: JsonSchema, path: Path): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) node = node ? child(node, key) : undefined;
  return node;
}

const marked = (node: JsonSchema | undefined, marker: string): boolean =>
  node !== undefined && [node, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].some((branch) => Boolean(branch[marker]));

interface Leaf {
  path: Path;
  value: unknown;
}

/** Every scalar value in the data with its path (strings, numbers, booleans). */
function leavesOf(value: unknown, path: Path = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  return path.length ? [{ path, value }] : [];
}

const isDate = (leaf: Leaf) => typeof leaf.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(leaf.value);
const isUrl = (entry: Entry, leaf: Leaf) => marked(schemaAt(entry.schema, leaf.path), 'x-url');
const isRef = (entry: Entry, leaf: Leaf) => marked(schemaAt(entry.schema, leaf.path), 'x-ref');
const isFile = (entry: Entry, leaf: Leaf) => marked(schemaAt(entry.schema, leaf.path), 'x-file');
const textLeaves = (entry: Entry) => leavesOf(entry.data).filter((leaf) => typeof leaf.value === 'string');

// ---- hostile values ---------------------------------------------------------------------------

const FULL_WIDTH = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const ID = (() => {
  const first17 = '11010519491231002';
  return first17 + residentIdCheckChar(first17);
})();
const CARD = (() => {
  const first = '622202123456789012';
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(`${first}${digit}`)) return `${first}${digit}`;
  throw new Error('no Luhn digit');
})();
const groups = (text: string, sizes: number[], separator: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) parts.push(text.slice(at, (at += size)));
  if (at < text.length) parts.push(text.slice(at));
  return parts.join(separator);
};

/** Personal data as staff paste it: plain, grouped, full-width, with invisible or mixed characters. */
const PERSONAL_DATA: string[] = [
  `身份证号${ID}`,
  `身份证 ${groups(ID, [6, 8], ' ')}`,
  `证件号码：${groups(ID, [6, 4, 4], '-')}`,
  `身份证号${FULL_WIDTH(ID)}`,
  `身份证号${ID.split('').join('\u200b')}`,
  `身份证号${FULL_WIDTH(ID.slice(0, 9))}${ID.slice(9, 13)}\u2060${ID.slice(13)}`,
  `身份证号${ID.slice(0, 6)}${ID.slice(6, 14).split('').join(' ')}${ID.slice(14)}`,
  '联系电话13912345678',
  '手机 139-1234-5678',
  '电话 +86 139 1234 5678',
  '手机：１３９１２３４５６７８',
  '手机1\u200b39\u00ad1234\u200d5678',
  '手机 139 1234 ５６７８',
  '手机（139）1234 5678',
  '手机[139]1234-5678',
  '手机139～1234～5678',
  '手机139~1234~5678',
  '手机一三九一二三四五六七八',
  '手机幺三九 一二三四 五六七八',
  '手机一3九１２３４５６７８',
  '手机١٣٩١٢٣٤٥٦٧٨',
  '手机 १३९ 1234 ５６７８',
  '手机𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖',
  '手机①③⑨①②③④⑤⑥⑦⑧',
  '电话 &#49;&#x33;9&#65297;2345678',
  `身份证号${ID.slice(0, 6)}**${ID.slice(6, 14)}**<span>${ID.slice(14)}</span>`,
  `银行卡号${CARD}`,
  `账号 ${groups(CARD, [4, 4, 4, 4], '\u3000')}`,
  `卡号${FULL_WIDTH(CARD.slice(0, 10))}-${CARD.slice(10)}`,
];

/** Link addresses that would run a script or leave the site if published as a link. */
const UNSAFE_LINKS: string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&colon;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '\u0001javascript:alert(1)',
  'jav\u200bascript:alert(1)',
  'https://example.gov.cn/"><script>alert(1)</script>',
  'https://example.gov.cn@evil.example/',
  '\\\\evil.example\\share',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
];

/** The same addresses in the forms a text or a Markdown body can carry them. */
const linkForms = (address: string, index: number) =>
  [
    `[点此办理](${address})`,
    `<a href="${address}">点此</a>`,
    address,
    `![图](${address})`,
    `<img src="${address}" alt="图">`,
    `[点此][ref${index}]\n\n[ref${index}]: ${address}`,
  ][index % 6]!;

const INVISIBLE = ['\u202e', '\u200f', '\u200b', '\u2060', '\ufeff', '\u00ad', '\u0007', '\u200d', '\u2028', '\u061c'];
const BAD_DATES = ['2025-02-30', '2025-13-01', '2025-00-10', '2025-2-3', '2025/02/03', '0000-00-00', '2025-02-29', '2025-04-31', '20250203', '2025-02-03T25:00'];

// ---- mutations --------------------------------------------------------------------------------

interface Mutation {
  /** The file the mutation is judged by (its new name when it renames the file). */
  file: string;
  what: string;
  /**
   * refused: some problem of this file is an error; each path in `paths` is named by one of them.
   * accepted: no error in this file. any: either, but the lines must still be well formed.
   */
  verdict: 'refused' | 'accepted' | 'any';
  paths?: Path[];
  /** Personal data: each path (or the body) must be named by a 个人信息 line. */
  personal?: boolean;
  personalBody?: boolean;
  /** Knock-on lines this mutation must not bring (one problem, one line). */
  knockOn?: RegExp;
}

interface Round {
  name: string;
  edits: Edits;
  mutations: Mutation[];
  /** Markdown bodies whose rendering must keep no unsafe address. */
  bodies: string[];
}

function setIn(entry: Entry, changes: [Path, unknown][], body?: string, extra?: (doc: Document) => void): string {
  const doc = parseDocument(entry.yaml, { uniqueKeys: false });
  for (const [path, value] of changes) doc.setIn(path, value);
  extra?.(doc);
  const yaml = doc.toString({ lineWidth: 0 });
  return entry.markdown ? `---\n${yaml}---\n${body ?? entry.body ?? ''}` : yaml;
}

/** A round in which each entry gets what `mutate` gives it (or nothing). */
function round(name: string, mutate: (entry: Entry, index: number) => { text?: string | Uint8Array | null; rename?: string; mutation: Omit<Mutation, 'file'> & { file?: string }; body?: string } | undefined): Round {
  const edits: Edits = {};
  const mutations: Mutation[] = [];
  const bodies: string[] = [];
  entries.forEach((entry, index) => {
    const made = mutate(entry, index);
    if (!made) return;
    if (made.rename) {
      edits[entry.file] = null;
      edits[made.rename] = made.text ?? entry.text;
    } else if (made.text !== undefined) {
      edits[entry.file] = made.text;
    }
    if (made.body !== undefined) bodies.push(made.body);
    mutations.push({ ...made.mutation, file: made.rename ?? made.mutation.file ?? entry.file });
  });
  return { name, edits, mutations, bodies };
}

const rounds: Round[] = [];
const rng = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

// Personal data appended to every text field, and to every Markdown body: each field gets half the
// variants, each variant reaches dozens of fields of every kind.
for (let turn = 0; turn < Math.ceil(PERSONAL_DATA.length / 2); turn++) {
  rounds.push(
    round(`personal data in every text field, turn ${turn + 1}`, (entry) => {
      const leaves = textLeaves(entry).filter((leaf) => !isFile(entry, leaf));
      const changes = leaves.map((leaf, index): [Path, unknown] => [leaf.path, `${String(leaf.value)}，${PERSONAL_DATA[(index + turn) % PERSONAL_DATA.length]}`]);
      const body = entry.markdown ? `${entry.body ?? ''}\n\n当事人${PERSONAL_DATA[(turn + 7) % PERSONAL_DATA.length]}。\n` : undefined;
      if (leaves.length === 0 && body === undefined) return undefined;
      return { text: setIn(entry, changes, body), mutation: { what: 'personal data', verdict: 'refused', paths: leaves.map((leaf) => leaf.path), personal: true, personalBody: body !== undefined } };
    }),
  );
}
// A party's home address in every text field and body of the kinds that name their parties (decisions).
const ADDRESSES = ['住址：示例市东区和平路12号3单元501室', '家住示例县城关镇新村8组', '现住 示例市西区**胡同**7号', '户籍所在地为示例省示例市南区', '住址&#65306;示例市北区解放路9号'];
rounds.push(
  round('a home address in every text field of decisions', (entry) => {
    if (!(kinds as CheckKinds)[entry.kind]?.namesParties) return undefined;
    const leaves = textLeaves(entry).filter((leaf) => !isFile(entry, leaf));
    const changes = leaves.map((leaf, index): [Path, unknown] => [leaf.path, `${String(leaf.value)}，${ADDRESSES[index % ADDRESSES.length]}`]);
    const body = entry.markdown ? `${entry.body ?? ''}\n\n当事人${ADDRESSES[2]}。\n` : undefined;
    return { text: setIn(entry, changes, body), mutation: { what: 'home address', verdict: 'refused', paths: leaves.map((leaf) => leaf.path), personal: true, personalBody: body !== undefined } };
  }),
);

// A phone number written as a bare YAML number where a number or text goes.
rounds.push(
  round('a mobile number as a YAML number in every scalar field', (entry) => {
    const leaves = leavesOf(entry.data).filter((leaf) => !isFile(entry, leaf) && leaf.path.at(-1) !== entry.idField);
    if (leaves.length === 0) return undefined;
    return { text: setIn(entry, leaves.map((leaf) => [leaf.path, 13912345678])), mutation: { what: 'phone as number', verdict: 'refused', paths: leaves.map((leaf) => leaf.path) } };
  }),
);

// Unsafe addresses: in URL fields they must be refused; in text they are text; in bodies the sanitiser must drop them.
for (let turn = 0; turn < UNSAFE_LINKS.length; turn += 2) {
  rounds.push(
    round(`unsafe links in every field and body, turn ${turn / 2 + 1}`, (entry) => {
      const leaves = textLeaves(entry).filter((leaf) => !isFile(entry, leaf) && !isRef(entry, leaf) && leaf.path.at(-1) !== entry.idField);
      const urls = leaves.filter((leaf) => isUrl(entry, leaf));
      const changes = leaves.map((leaf, index): [Path, unknown] => {
        const address = UNSAFE_LINKS[(index + turn) % UNSAFE_LINKS.length]!;
        return [leaf.path, isUrl(entry, leaf) ? address : `${String(leaf.value)}${linkForms(address, index + turn)}`];
      });
      const body = entry.markdown
        ? `${entry.body ?? ''}\n\n${[0, 1, 2, 3, 4, 5].map((form) => linkForms(UNSAFE_LINKS[(turn + form) % UNSAFE_LINKS.length]!, form + turn)).join('\n\n')}\n`
        : undefined;
      if (changes.length === 0 && body === undefined) return undefined;
      return { text: setIn(entry, changes, body), body, mutation: { what: 'unsafe links', verdict: urls.length ? 'refused' : 'any', paths: urls.map((leaf) => leaf.path) } };
    }),
  );
}

// Every URL field a kind has, written or not (within groups the entry has), given each unsafe address in turn.
function urlPaths(entry: Entry): Path[] {
  const found: Path[] = [];
  const walk = (node: JsonSchema | undefined, value: unknown, path: Path) => {
    if (!node) return;
    if (marked(node, 'x-url')) return void found.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(child(node, index), item, [...path, index]));
    else if (path.length === 0 || (value && typeof value === 'object')) {
      const keys = new Set([...[node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap((branch) => Object.keys(branch.properties ?? {}))]);
      for (const key of keys) walk(child(node, key), (value as Record<string, unknown> | undefined)?.[key], [...path, key]);
    }
  };
  walk(entry.schema, entry.data, []);
  return found;
}
for (let turn = 0; turn < UNSAFE_LINKS.length; turn += 2) {
  rounds.push(
    round(`an unsafe address in every URL field, turn ${turn / 2 + 1}`, (entry, entryIndex) => {
      const paths = urlPaths(entry);
      if (paths.length === 0) return undefined;
      return {
        // Each field gets half the addresses (by the parity of its place), each address many fields.
        text: setIn(entry, paths.map((path, index) => [path, UNSAFE_LINKS[(turn + index + entryIndex) % UNSAFE_LINKS.length]])),
        mutation: { what: 'unsafe URL', verdict: 'refused', paths },
      };
    }),
  );
}

// Invisible characters (direction marks, zero-width, BOM, soft hyphen, bell, separators) in every text field.
for (let turn = 0; turn < INVISIBLE.length; turn += 5) {
  rounds.push(
    round(`invisible characters in every text field, turn ${turn / 5 + 1}`, (entry) => {
      const leaves = textLeaves(entry).filter((leaf) => !isFile(entry, leaf));
      if (leaves.length === 0) return undefined;
      const changes = leaves.map((leaf, index): [Path, unknown] => {
        const value = String(leaf.value);
        const at = Math.max(1, Math.floor(value.length / 2));
        return [leaf.path, `${value.slice(0, at)}${INVISIBLE[(index + turn) % INVISIBLE.length]}${value.slice(at)}`];
      });
      return { text: setIn(entry, changes), mutation: { what: 'invisible characters', verdict: 'refused', paths: leaves.map((leaf) => leaf.path) } };
    }),
  );
}

// Values of the wrong shape in every field at once (each file), judged field by field.
const SHAPES: [string, (leaf: Leaf) => unknown, Mutation['verdict']][] = [
  ['a NUL character inside', (leaf) => `${String(leaf.value)}\u0000尾`, 'refused'],
  ['lists in lists where a value goes', () => [[['深']]], 'refused'],
  ['a map where a value goes', () => ({ a: { b: 1 } }), 'refused'],
  ['an empty text', () => '', 'any'],
  ['null', () => null, 'any'],
  ['true', () => true, 'any'],
  ['a negative fraction', () => -1.5, 'any'],
  ['a tab inside', (leaf) => `${String(leaf.value)}\t尾`, 'any'],
  ['an emoji appended', (leaf) => `${String(leaf.value)}😀🏛️👍🏽`, 'any'],
  ['HTML appended', (leaf) => `${String(leaf.value)}<script>alert(1)</script><b onclick="x()">粗</b>`, 'any'],
  ['YAML-looking text', (leaf) => `${String(leaf.value)}: - [a, {b: *c}] # 注释 ---`, 'any'],
];
for (const [label, shape, verdict] of SHAPES) {
  rounds.push(
    round(`${label} in every field`, (entry) => {
      const leaves = (label.includes('inside') || label.includes('appended') || label.includes('text') ? textLeaves(entry) : leavesOf(entry.data)).filter((leaf) => !isFile(entry, leaf));
      if (leaves.length === 0) return undefined;
      return { text: setIn(entry, leaves.map((leaf) => [leaf.path, shape(leaf)])), mutation: { what: label, verdict, paths: verdict === 'refused' ? leaves.map((leaf) => leaf.path) : undefined } };
    }),
  );
}

// A huge text in a few fields (within the file size limit) and past it.
rounds.push(
  round('huge texts in three fields', (entry) => {
    const leaves = textLeaves(entry).filter((leaf) => !isFile(entry, leaf));
    if (leaves.length === 0) return undefined;
    const chosen = [pick(leaves), pick(leaves), pick(leaves)];
    // Too long for an open-data spreadsheet cell: refused wherever the entry is exported (every kind of many entries).
    const exported = Boolean(entry.idField);
    return {
      text: setIn(entry, chosen.map((leaf) => [leaf.path, '长'.repeat(40_000)])),
      mutation: { what: 'huge texts', verdict: exported ? 'refused' : 'any', paths: exported ? chosen.map((leaf) => leaf.path) : undefined },
    };
  }),
);

// Dates: impossible ones everywhere, future ones in publish and update dates.
// Every variant in every date field: rules beyond the schema (validity, working days) count days from them.
for (let turn = 0; turn < BAD_DATES.length; turn++) {
  rounds.push(
    round(`impossible dates in every date field, turn ${turn + 1}`, (entry) => {
      const leaves = leavesOf(entry.data).filter(isDate);
      if (leaves.length === 0) return undefined;
      return {
        text: setIn(entry, leaves.map((leaf, index) => [leaf.path, BAD_DATES[(index + turn) % BAD_DATES.length]])),
        mutation: { what: 'impossible dates', verdict: 'refused', paths: leaves.map((leaf) => leaf.path), knockOn: /索引号年份/ },
      };
    }),
  );
}
rounds.push(
  round('publish and update dates in the future', (entry) => {
    const leaves = leavesOf(entry.data).filter((leaf) => isDate(leaf) && ['publishDate', 'updateDate'].includes(String(leaf.path.at(-1))));
    if (leaves.length === 0) return undefined;
    return { text: setIn(entry, leaves.map((leaf) => [leaf.path, '2099-01-01'])), mutation: { what: 'future dates', verdict: 'refused', paths: leaves.map((leaf) => leaf.path) } };
  }),
);
rounds.push(
  round('every other date in the future', (entry) => {
    const leaves = leavesOf(entry.data).filter((leaf) => isDate(leaf) && !['publishDate', 'updateDate'].includes(String(leaf.path.at(-1))));
    if (leaves.length === 0) return undefined;
    return { text: setIn(entry, leaves.map((leaf) => [leaf.path, '2099-01-01'])), mutation: { what: 'future dates', verdict: 'any' } };
  }),
);

// References to entries that do not exist.
rounds.push(
  round('dangling references', (entry) => {
    const leaves = textLeaves(entry).filter((leaf) => isRef(entry, leaf));
    if (leaves.length === 0) return undefined;
    return { text: setIn(entry, leaves.map((leaf) => [leaf.path, 'ZZ-404'])), mutation: { what: 'dangling reference', verdict: 'refused', paths: leaves.map((leaf) => leaf.path) } };
  }),
);

// Attachment paths that leave the folder, name another scheme or hide a character.
const HOSTILE_FILES = ['../../../../etc/passwd', '/etc/passwd', 'files/../../site.yaml', 'files/..%2f..%2fsite.yaml', 'javascript:alert(1)', 'https://evil.example/x.pdf', 'files\\t-001.pdf', 'C:\\x.pdf', 'files/ t-001.pdf', 'files/t-001.pdf\u0000.txt', '', 'files/'];
for (let turn = 0; turn < HOSTILE_FILES.length; turn += 4) {
  rounds.push(
    round(`hostile attachment paths, turn ${turn / 4 + 1}`, (entry) => {
      const leaves = textLeaves(entry).filter((leaf) => isFile(entry, leaf));
      if (leaves.length === 0) return undefined;
      return {
        text: setIn(entry, leaves.map((leaf, index) => [leaf.path, HOSTILE_FILES[(index + turn) % HOSTILE_FILES.length]])),
        mutation: { what: 'hostile attachment path', verdict: 'refused', paths: leaves.map((leaf) => leaf.path) },
      };
    }),
  );
}

// Raw HTML in bodies: whatever the check lets through, the sanitiser must leave no script, frame or handler.
const RAW_HTML = [
  '<script>alert(1)</script>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg><a xlink:href="javascript:alert(1)"><text>点</text></a></svg>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">提交</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<object data="data:text/html,<script>alert(1)</script>"></object><embed src="javascript:alert(1)">',
  '<a href="jav&#x0A;ascript:alert(1)">点</a><a href="&#0000106avascript:alert(1)">点</a>',
  '<img src=x onerror=alert(1)><p style="background:url(javascript:alert(1))">样式</p>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math><details open ontoggle=alert(1)>',
  '<!--><script>alert(1)</script>-->',
  '<a href="  JAVASCRIPT:alert(1)">点</a><area href="vbscript:msgbox(1)">',
];
rounds.push(
  round('raw HTML in every body', (entry, index) => {
    if (!entry.markdown) return undefined;
    const body = `${entry.body ?? ''}\n\n${RAW_HTML.map((_, at) => RAW_HTML[(at + index) % RAW_HTML.length]).join('\n\n')}\n`;
    return { text: setIn(entry, [], body), body, mutation: { what: 'raw HTML', verdict: 'any' } };
  }),
);
// A level-one heading and a skipped level: the report page would stop the build on them.
rounds.push(
  round('headings out of line in every body', (entry) => {
    if (!entry.markdown) return undefined;
    const body = `# 一、总体情况\n\n${entry.body ?? ''}\n\n## 二、下一步\n\n#### 小结\n`;
    return { text: setIn(entry, [], body), mutation: { what: 'headings', verdict: entry.kind === 'reports' ? 'refused' : 'any' } };
  }),
);

// Whole-file mutations, one kind a round, every entry at once.
const requiredOf = (entry: Entry) => (entry.schema.required ?? []).filter((key) => key in entry.data);
for (let turn = 0; turn < 3; turn++) {
  rounds.push(
    round(`a required field deleted, turn ${turn + 1}`, (entry) => {
      const required = requiredOf(entry);
      if (required.length === 0) return undefined;
      const key = pick(required);
      return { text: setIn(entry, [], undefined, (doc) => doc.deleteIn([key])), mutation: { what: `no ${key}`, verdict: 'refused', paths: [[key]] } };
    }),
  );
}
rounds.push(
  round('an unknown field', (entry) => ({ text: setIn(entry, [[['titel'], '标题']]), mutation: { what: 'unknown field', verdict: 'refused', paths: [['titel']] } })),
);
// An unknown field inside the first group or list item of each entry: named with its whole path.
rounds.push(
  round('an unknown field inside a group', (entry) => {
    const inner = leavesOf(entry.data).find((leaf) => leaf.path.length > 1 && typeof leaf.path.at(-1) === 'string');
    if (!inner) return undefined;
    const path = [...inner.path.slice(0, -1), 'titel'];
    return { text: setIn(entry, [[path, '标题']]), mutation: { what: 'unknown inner field', verdict: 'refused', paths: [path] } };
  }),
);
rounds.push(
  round('a code that differs from the file name', (entry) => {
    const field = entry.idField;
    if (!field || typeof entry.data[field] !== 'string') return undefined;
    return { text: setIn(entry, [[[field], `${String(entry.data[field])}9`]]), mutation: { what: 'code ≠ file name', verdict: 'refused', paths: [[field]] } };
  }),
);

/** Lines of the YAML part, with the offset of the YAML in the file. */
const yamlLines = (entry: Entry) => entry.yaml.split('\n');
const withYaml = (entry: Entry, yaml: string) => (entry.markdown ? `---\n${yaml}---\n${entry.body ?? ''}` : yaml);

// Keys that are names of object internals, a merge key, a number, a key with an invisible character.
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '<<', '1', 'na\u200bme', '名称', 'title ', ''];
for (let turn = 0; turn < ODD_KEYS.length; turn += 5) {
  rounds.push(
    round(`odd field names, turn ${turn / 5 + 1}`, (entry) => {
      const keys = ODD_KEYS.slice(turn, turn + 5);
      const lines = keys.map((key, index) => `${JSON.stringify(key)}: ${index % 2 ? '{ polluted: 是 }' : '值'}\n`).join('');
      return { text: withYaml(entry, `${entry.yaml}${lines}`), mutation: { what: `keys ${keys.join(' ')}`, verdict: 'refused' } };
    }),
  );
}

rounds.push(
  round('a field written twice', (entry) => {
    const first = yamlLines(entry).find((line) => /^[A-Za-z]\w*:/.test(line));
    return first ? { text: withYaml(entry, `${entry.yaml}${first}\n`), mutation: { what: 'duplicate key', verdict: 'refused' } } : undefined;
  }),
);
rounds.push(
  round('an unclosed quote', (entry) => {
    const lines = yamlLines(entry);
    const at = lines.findIndex((line) => /^\s*[A-Za-z]\w*: [^\s"'[{|>]/.test(line));
    if (at < 0) return undefined;
    lines[at] = lines[at]!.replace(/: /, ': "');
    return { text: withYaml(entry, lines.join('\n')), mutation: { what: 'unclosed quote', verdict: 'refused' } };
  }),
);
rounds.push(
  round('a tab as indentation', (entry) => {
    const lines = yamlLines(entry);
    const at = lines.findIndex((line) => /^ {2}\S/.test(line));
    if (at < 0) return undefined;
    lines[at] = `\t${lines[at]!.slice(2)}`;
    return { text: withYaml(entry, lines.join('\n')), mutation: { what: 'tab indent', verdict: 'refused' } };
  }),
);
rounds.push(
  round('a field name and value on two lines (a missing colon)', (entry) => {
    const lines = yamlLines(entry);
    const at = lines.findIndex((line) => /^[A-Za-z]\w*: \S/.test(line));
    if (at < 0) return undefined;
    lines[at] = lines[at]!.replace(': ', ' ');
    return { text: withYaml(entry, lines.join('\n')), mutation: { what: 'missing colon', verdict: 'refused' } };
  }),
);
rounds.push(
  round('front matter not closed, or a YAML file with a stray ---', (entry) => ({
    text: entry.markdown ? `---\n${entry.yaml}\n${entry.body ?? ''}` : `${entry.yaml}---\n另一个: 文档\n`,
    mutation: { what: 'broken document', verdict: 'refused' },
  })),
);
rounds.push(
  round('a NUL byte in a value', (entry) => {
    // In a value (a NUL in a comment reaches no page, and is accepted).
    const lines = entry.text.split('\n');
    const at = lines.findIndex((line, index) => index >= lines.length / 3 && /^\s*(?:- )?[A-Za-z]\w*: [^\s#|>]/.test(line));
    if (at < 0) return undefined;
    lines[at] = `${lines[at]!}\u0000`;
    return { text: lines.join('\n'), mutation: { what: 'NUL byte', verdict: 'refused' } };
  }),
);
rounds.push(round('an empty file', () => ({ text: '', mutation: { what: 'empty file', verdict: 'refused' } })));
rounds.push(round('a file of only spaces and line breaks', () => ({ text: '  \n\n\t\n', mutation: { what: 'blank file', verdict: 'refused' } })));
rounds.push(round('a list where the fields go', (entry) => ({ text: withYaml(entry, '- 甲\n- 乙\n'), mutation: { what: 'list document', verdict: 'refused' } })));
rounds.push(
  round('a file named otherwise than its code', (entry) => {
    if (!entry.idField) return undefined;
    const name = entry.file.replace(/([^/]+)(\.\w+)$/, (_, base: string, ext: string) => `${base.toLowerCase() === base ? `${base}-x` : base.toLowerCase()}${ext}`);
    return { rename: name, mutation: { what: 'renamed', verdict: 'refused' } };
  }),
);
rounds.push(
  round('a file name with spaces and Chinese', (entry) => {
    if (!entry.idField) return undefined;
    return { rename: entry.file.replace(/([^/]+)(\.\w+)$/, '$1 副本$2'), mutation: { what: 'renamed', verdict: 'refused' } };
  }),
);
rounds.push(
  round('Markdown saved as .mdx', (entry) => (entry.markdown ? { rename: entry.file.replace(/\.md$/, '.mdx'), mutation: { what: 'mdx', verdict: 'refused' } } : undefined)),
);
// Harmless: the same content with a BOM, Windows line endings, or both.
const harmless: [string, (text: string) => string][] = [
  ['a UTF-8 BOM', (text) => `\ufeff${text}`],
  ['Windows line endings', (text) => text.replace(/\n/g, '\r\n')],
  ['a BOM and Windows line endings', (text) => `\ufeff${text.replace(/\n/g, '\r\n')}`],
];
for (const [label, change] of harmless) rounds.push(round(label, (entry) => ({ text: change(entry.text), mutation: { what: label, verdict: 'accepted' } })));

// Random damage: bytes cut, lines dropped, swapped or repeated, nasty characters sprinkled in.
const NASTY = ['\u0000', '\t', '\r', '\u202e', '\u200b', '\ufeff', '"', "'", ':', '#', '&', '*', '!', '%', '@', '`', '|', '>', '-', '[', ']', '{', '}', '\\', '😀', '\ud800', '中', '\u3000', ' ', '\n'];
const damages: [string, (entry: Entry) => string | Uint8Array][] = [
  ['cut at a random byte', (entry) => Buffer.from(entry.text).subarray(0, Math.floor(rng() * Buffer.byteLength(entry.text)))],
  [
    'a random line dropped',
    (entry) => {
      const lines = entry.text.split('\n');
      lines.splice(Math.floor(rng() * lines.length), 1);
      return lines.join('\n');
    },
  ],
  [
    'two random lines swapped',
    (entry) => {
      const lines = entry.text.split('\n');
      const [a, b] = [Math.floor(rng() * lines.length), Math.floor(rng() * lines.length)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    },
  ],
  [
    'a random line repeated',
    (entry) => {
      const lines = entry.text.split('\n');
      const at = Math.floor(rng() * lines.length);
      lines.splice(at, 0, lines[at]!);
      return lines.join('\n');
    },
  ],
  [
    'nasty characters sprinkled in',
    (entry) => {
      let text = entry.text;
      for (let count = 0; count < 6; count++) {
        const at = Math.floor(rng() * text.length);
        text = `${text.slice(0, at)}${pick(NASTY)}${text.slice(at)}`;
      }
      return text;
    },
  ],
  [
    'random bytes flipped',
    (entry) => {
      const bytes = Buffer.from(entry.text);
      for (let count = 0; count < 4; count++) bytes[Math.floor(rng() * bytes.length)] = Math.floor(rng() * 256);
      return new Uint8Array(bytes);
    },
  ],
];
for (let turn = 0; turn < 8; turn++) {
  rounds.push(
    round(`random damage, turn ${turn + 1}`, (entry) => {
      const [label, damage] = pick(damages);
      return { text: damage(entry), mutation: { what: label, verdict: 'any' } };
    }),
  );
}

// ---- judging ------------------------------------------------------------------------------------

const keyPath = (path: Path) => path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key)).join('');
/** The key path a problem's field names: "名称（name）" → "name"; an unknown field is named by its key alone. */
const fieldKey = (problem: Problem) => (problem.field ? (/（([^（）]*)）$/.exec(problem.field)?.[1] ?? problem.field) : undefined);
/** Whether the problem is about the value at `path` or a field that holds it (a union refused as a whole). */
const namesPath = (problem: Problem, path: Path) => {
  const key = fieldKey(problem);
  const target = keyPath(path);
  return key !== undefined && key !== '' && (key === target || target.startsWith(`${key}.`) || target.startsWith(`${key}[`));
};
/** "缺少 12 个必填字段：名称（name）、…" names its fields in the message. */
const listsPath = (problem: Problem, path: Path) => path.length === 1 && problem.message.includes(`（${String(path[0])}）`);

const CJK = /[\u3400-\u9fff]/;
/** Words that mean the program, not the content, is talking. */
const LEAKS = /undefined|\bnull\b|\bNaN\b|\[object |\bat .+:\d+:\d+|\n\s+at |TypeError|ReferenceError|RangeError|SyntaxError|Error:|程序出错/;

/** What is wrong with a problem line, whatever the input. */
function lineFaults(problem: Problem, fileNames: ReadonlySet<string>): string[] {
  const faults: string[] = [];
  const line = formatProblem(problem);
  if (!problem.file || !problem.file.startsWith('content')) faults.push('names no content file');
  if (!CJK.test(problem.message)) faults.push('message is not Chinese');
  if (problem.expected !== undefined && !CJK.test(problem.expected)) faults.push('expectation is not Chinese');
  if (LEAKS.test(line)) faults.push(`leaks program words: ${LEAKS.exec(line)?.[0]}`);
  if (line.includes('\n')) faults.push('spans several lines');
  // Text that is not a quoted value: a run of English words there is an untranslated message.
  const unquoted = `${problem.message} ${problem.expected ?? ''}`.replace(/“[^”]*”|（[^）]*）|\([^)]*\)|npm run \w+( -- [\w-]+)?|[\w./-]+\.(ya?ml|mdx?|ts|pdf|docx?)/g, '');
  if (/[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}/.test(unquoted)) faults.push('has English words');
  // Every problem in an entry file (mutated or touched by a mutation elsewhere) says on which line.
  if (fileNames.has(problem.file) || /\.(ya?ml|mdx?)$/i.test(problem.file)) {
    if (!(Number.isInteger(problem.line) && (problem.line ?? 0) >= 1)) faults.push('names no line');
  }
  // A line about a value names the field it is in.
  if (problem.message.startsWith('值“') && !problem.field) faults.push('names no field');
  if (problem.field !== undefined && (problem.field.trim() === '' || /undefined/.test(problem.field))) faults.push('has an empty field');
  return faults.map((fault) => `${fault}: ${line}`);
}

// Markdown bodies are rendered as the site renders them: whatever the check lets through, the page must not link.
const processor = await createMarkdownProcessor({ rehypePlugins, syntaxHighlight: false, smartypants: false });
// An external https link is allowed in a body, even one with a user name before the host.
const SAFE_ADDRESS = /^(https?:\/\/[^/\\\s]+(?:[/?#]|$)|mailto:|#|\/(?!\/)|\.{0,2}\/?[A-Za-z0-9._~%-]*(?:[/?#]|$))/i;

const tally = { rounds: 0, mutations: 0, refused: 0, accepted: 0, lines: 0 };

describe(`content check under ${rounds.length} rounds of seeded mutations (seed ${SEED})`, () => {
  it('has rounds that each mutate something', () => {
    expect(rounds.length).toBeGreaterThan(60);
    expect(rounds.filter((item) => item.mutations.length === 0).map((item) => item.name)).toEqual([]);
  });

  it.each(rounds.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    let result: Awaited<ReturnType<typeof checkAfter>>;
    try {
      result = await checkEdited(item.edits, TODAY);
    } catch (error) {
      throw new Error(`the check threw instead of reporting: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    const failures: string[] = [];
    const fileNames = new Set(item.mutations.map((mutation) => mutation.file));
    for (const problem of result.problems) failures.push(...lineFaults(problem, fileNames));
    const lines = result.problems.map(formatProblem);
    failures.push(...lines.filter((line, index) => lines.indexOf(line) !== index).map((line) => `reported twice: ${line}`));
    const byFile = new Map<string, Problem[]>();
    for (const problem of result.problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    for (const mutation of item.mutations) {
      const own = byFile.get(mutation.file) ?? [];
      const errors = own.filter((problem) => problem.severity !== 'warning');
      const where = `${mutation.file} (${mutation.what})`;
      if (mutation.knockOn) failures.push(...own.filter((problem) => mutation.knockOn!.test(problem.message)).map((problem) => `${where}: knock-on line ${formatProblem(problem)}`));
      if (mutation.verdict === 'refused') {
        if (errors.length === 0) failures.push(`${where}: accepted, expected a refusal`);
        for (const path of mutation.paths ?? []) {
          if (errors.length && !errors.some((problem) => namesPath(problem, path) || listsPath(problem, path))) failures.push(`${where}: no line names ${keyPath(path)}; got ${errors.map(formatProblem).join(' | ')}`);
          if (mutation.personal && !errors.some((problem) => namesPath(problem, path) && problem.message.includes('个人信息'))) {
            // A value refused as a whole (a code, a date) is not published either: it needs no 个人信息 line of its own.
            if (!errors.some((problem) => namesPath(problem, path))) failures.push(`${where}: personal data in ${keyPath(path)} not reported`);
          }
        }
        if (mutation.personalBody && !errors.some((problem) => problem.field === '正文' && problem.message.includes('个人信息'))) failures.push(`${where}: personal data in the body not reported`);
        tally.refused++;
      } else if (mutation.verdict === 'accepted') {
        if (errors.length) failures.push(`${where}: refused, expected to pass: ${errors.map(formatProblem).join(' | ')}`);
        tally.accepted++;
      }
    }
    for (const body of item.bodies) {
      const html = (await processor.render(body)).code;
      for (const [, address] of html.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*"([^"]*)"/gi)) {
        const decoded = (address ?? '').replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec))).replace(/&amp;/g, '&');
        if (!SAFE_ADDRESS.test(decoded)) failures.push(`a body renders the address “${address}”`);
      }
      const active = /<(?:script|iframe|object|embed|form|meta|base|style|svg|math)\b|\son[a-z]+\s*=|\sstyle\s*=/i.exec(html);
      if (active) failures.push(`a body renders ${active[0]}: ${html.slice(Math.max(0, active.index - 80), active.index + 120)}`);
    }
    tally.rounds++;
    tally.mutations += item.mutations.length;
    tally.lines += result.problems.length;
    expect(failures).toEqual([]);
  });

  it('reports its figures', () => {
    console.log(`变异测试：${tally.rounds} 轮，${tally.mutations} 次变异（应拒绝 ${tally.refused}，应接受 ${tally.accepted}），共 ${tally.lines} 条问题行`);
    expect(tally.rounds).toBe(rounds.length);
  });
});
