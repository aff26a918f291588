// The content check: every file under content/ parsed, validated against its kind's schema,
// and checked against the others (references, attachments, duplicates, file names). All
// problems are collected, never just the first, so staff can fix everything in one pass.
import { basename, join, relative, resolve, sep } from 'node:path';
import { takeInventory } from './inventory.ts';
import { guard, guardAsync, guardSync } from './guard.ts';
import { CONTENT_DIR, MARKDOWN_EXTENSIONS, YAML_EXTENSIONS } from '../content-files.ts';
import type { CheckKind, CheckKinds, EntriesByKind } from './kinds.ts';
import { sortProblems, type Problem } from './problem.ts';
import { loadSourceSync, sourceFromBytes, lineOf, type SourceEntry } from './source.ts';
import { ParseCache, parsingVersion } from './parse-cache.ts';
import { collectMarked, describePath, jsonSchemaOf } from './schema-walk.ts';
import { entryIssuesToProblems } from './zod-issues.ts';
import { checkPersonalData } from '../personal-data.ts';
import { checkDatesNotInFuture, checkEmptyColumns, checkInvisibleCharacters, checkUnaccountedFiles } from './site-rules.ts';
import { attachedPaths, checkMarkdownLinks } from './markdown-links.ts';
import { checkBodyMarkup } from './body-markup.ts';
import { checkReplacementCycles } from './replacement-cycles.ts';
import { checkAttachmentFile } from './attachment-files.ts';
import { checkSummaries } from './summaries.ts';
import { checkReportHeadings } from './report-headings.ts';
import { checkCellLengths } from './cell-lengths.ts';
import { checkFigureConflicts } from './report-figures.ts';
import { sitePaths } from '../site-paths.ts';
import { entryUrl } from '../routes.ts';
import { isRealIsoDate, readToday, TODAY_EXPECTED } from '../dates.ts';

export interface CheckResult {
  problems: Problem[];
  /** Entries that parsed, by kind, whether or not they passed. */
  entries: EntriesByKind;
  /** What each entry that passed its schema validated to, by kind and id (the build reuses it). */
  valid: Record<string, Map<string, unknown>>;
  /** The day the schemas judged validity on. */
  today?: string;
}

type Data = Record<string, unknown>;

export interface CheckOptions {
  /** The day dates are judged against (GONGKAI_TODAY or today in China by default). */
  today?: string;
  /**
   * A file keeping each content file's parse between runs (see parse-cache.ts): files whose bytes
   * and parsing code are unchanged are not parsed again. Every rule still runs on every entry.
   */
  cacheFile?: string;
}

/**
 * Checks everything under root/content/ against the kinds passed in (the records of src/kinds,
 * which the build and the scripts pass; src/lib never reads them itself).
 */
export async function checkContent(root: string, kinds: CheckKinds, options: CheckOptions = {}): Promise<CheckResult> {
  const kindNames = Object.keys(kinds);
  const contentRoot = resolve(root, CONTENT_DIR);
  const problems: Problem[] = [];
  const entries: EntriesByKind = Object.fromEntries(kindNames.map((name) => [name, [] as SourceEntry[]]));
  const read = options.today === undefined ? readToday() : { today: options.today };
  // Date rules and the schemas' validity rules depend on today: nothing else is worth checking.
  if ('problem' in read && read.problem) return { problems: [{ file: '环境变量 GONGKAI_TODAY', message: read.problem, expected: TODAY_EXPECTED }], entries, valid: {} };
  const today = read.today;
  const version = options.cacheFile ? await parsingVersion() : undefined;
  const cache = options.cacheFile && version ? await ParseCache.open(options.cacheFile, version) : undefined;
  const inventory = await takeInventory(root, contentRoot);
  problems.push(...inventory.problems);
  /** Files read as entries, and kind folders holding an entry that could not be read or is invalid. */
  const claimed = new Set<string>();
  const unsettledFolders = new Set<string>();
  // Ids come from the files present, parsed or not, so one broken file does not make every
  // reference to it look dangling as well.
  const ids: Record<string, Set<string>> = Object.fromEntries(kindNames.map((name) => [name, new Set<string>()]));

  for (const name of kindNames) {
    const kind = kinds[name]!;
    const extensions = kind.format === 'yaml' ? YAML_EXTENSIONS : MARKDOWN_EXTENSIONS;
    const folder = join(contentRoot, kind.folder);
    const files =
      kind.single
        ? inventory.files.filter((file) => file === folder)
        : inventory.files.filter((file) => file.startsWith(folder + sep) && extensions.some((ext) => file.endsWith(ext)));
    if (kind.single && files.length === 0) {
      problems.push({ file: `${CONTENT_DIR}/${kind.folder}`, message: `缺少${kind.label}文件`, expected: `在 ${CONTENT_DIR}/ 下建立 ${kind.folder}` });
      continue;
    }
    const firstFile = new Map<string, string>();
    for (const absolutePath of files) {
      claimed.add(absolutePath);
      const id = kind.single ? 'main' : relativeId(folder, absolutePath);
      const file = relative(root, absolutePath).split(sep).join('/');
      const first = firstFile.get(id);
      if (first) {
        // P-001.yaml beside P-001.yml: one code, two files, and which one Astro keeps is not defined.
        problems.push({ file, line: 1, message: `与 ${first} 是同一编码“${id}”的条目`, expected: '每个条目只保留一个文件' });
        continue;
      }
      firstFile.set(id, file);
      ids[name]!.add(id);
      const { entry, problems: readProblems } = guardSync(
        file,
        '读取文件',
        (): { entry?: SourceEntry; problems: Problem[] } => {
          const loaded = loadSourceSync(root, absolutePath);
          return 'problems' in loaded ? loaded : sourceFromBytes(root, absolutePath, name, id, kind.format, loaded.bytes, cache);
        },
        { problems: [] },
      );
      problems.push(...readProblems);
      if (entry) entries[name]!.push(entry);
      else if (!(kind.single)) unsettledFolders.add(folder);
    }
  }

  const valid: Record<string, Map<string, Data>> = {};

  for (const name of kindNames) {
    const kind = kinds[name]!;
    const schema = jsonSchemaOf(kind.schema);
    valid[name] = new Map();
    for (const entry of entries[name]!) {
      problems.push(
        ...guard(entry.file, '字段校验', () => {
          const result = kind.schema.safeParse(entry.data, { reportInput: true });
          if (result.success) valid[name]?.set(entry.id, result.data as Data);
          else if (!(kind.single)) unsettledFolders.add(join(contentRoot, kind.folder));
          return result.success ? [] : entryIssuesToProblems(entry, schema, result.error.issues, { name, single: kind.single === true });
        }),
      );
      problems.push(...guard(entry.file, '文件名', () => checkFileName(entry, kind, schema)));
      problems.push(...guard(entry.file, '引用', () => checkReferences(entry, schema, ids, kinds)));
      problems.push(...guard(entry.file, '栏目', () => checkKindNames(entry, schema, kinds)));
      problems.push(...(await guardAsync(entry.file, '附件', () => checkAttachments(entry, schema), [])));
    }
  }

  // Rules across entries run on whatever parsed, valid or not; a rule that trips over an
  // unexpected value reports itself in one line instead of stopping the check.
  const site = valid.site?.get('main');
  const all = `${CONTENT_DIR}/`;
  problems.push(...guard(all, '索引号', () => checkCatalogue(entries, kinds, typeof site?.creditCode === 'string' ? site.creditCode : undefined)));
  for (const [name, kind] of Object.entries(kinds)) {
    for (const key of kind.unique ?? []) problems.push(...guard(all, '文号', () => checkUniqueValues(entries[name] ?? [], kind, key)));
    // Only kinds whose entries can be replaced (validity.replacedBy) have anything to find.
    problems.push(...guard(all, '文件替代关系', () => checkReplacementCycles(entries[name] ?? [], kind.schema)));
  }
  problems.push(...guard(all, '责任清单', () => checkResponsibilityCoverage(entries, ids, kinds)));
  // The report page stops the build on headings out of line with their numbering: say so first.
  if (kinds.reports) problems.push(...guard(all, '报告标题层级', () => checkReportHeadings(entries.reports ?? [])));
  if (kinds.reports) problems.push(...guard(all, '报告主要数据', () => checkFigureConflicts(entries.reports ?? [], valid.reports ?? new Map(), kinds.reports!)));
  const accepted: EntriesByKind = Object.fromEntries(kindNames.map((name) => [name, entries[name]!.filter((entry) => valid[name]?.has(entry.id))]));
  problems.push(...guard(all, '内容概述', () => checkSummaries(accepted, kinds)));
  // Every parsed entry, valid or not, so a long value is reported with the entry's other problems.
  problems.push(...guard(all, '开放数据单元格', () => checkCellLengths(entries, kinds)));
  // A value with invisible characters gets one line that shows them: either a rule's own line that
  // already names the character (a URL field does), or the invisible-character rule's, replacing the
  // lines of rules that compared the value with a file name, a code or a pattern.
  const place = (problem: Problem) => `${problem.file}\n${problem.line}\n${problem.field}`;
  const named = new Set(problems.filter((problem) => /U\+[0-9A-F]{4}/.test(problem.message + (problem.expected ?? ''))).map(place));
  const invisible = guard(all, '不可见字符', () => checkInvisibleCharacters(entries, kinds)).filter((problem) => !named.has(place(problem)));
  const shown = new Set(invisible.map(place));
  problems.splice(0, problems.length, ...problems.filter((problem) => !shown.has(place(problem))), ...invisible);
  problems.push(...(await guardAsync(all, '个人信息', async () => checkPersonalData(entries, kinds, cache), [])));
  problems.push(...guard(all, '日期', () => checkDatesNotInFuture(entries, kinds, today)));
  problems.push(...guard(all, '栏目', () => checkEmptyColumns(ids, kinds)));
  problems.push(...guard(all, '多余文件', () => checkUnaccountedFiles(root, inventory, claimed, unsettledFolders, entries, kinds)));
  problems.push(
    ...guard(all, '正文链接', () => {
      const lists = kindNames.flatMap((name) => (kinds[name]!.url ? [{ url: kinds[name]!.url!, ids: [...ids[name]!] }] : []));
      const paths = sitePaths(lists);
      const pageOf = (entry: SourceEntry) => {
        const url = kinds[entry.kind]?.url;
        return url ? entryUrl(url, entry.id) : '/';
      };
      return checkMarkdownLinks(kindNames.flatMap((name) => entries[name]!), paths, pageOf, attachedPaths(entries, kinds));
    }),
  );
  problems.push(...(await guardAsync(all, '正文链接和 HTML', () => checkBodyMarkup(kindNames.flatMap((name) => entries[name]!), cache), [])));

  // A cache that cannot be written (read-only disk) costs the next run time, never a result.
  await cache?.save().catch(() => undefined);
  return { problems: sortProblems(problems), entries, valid, today };
}

function relativeId(base: string, absolutePath: string): string {
  return absolutePath.slice(base.length + 1).split(/[\\/]/).join('/').replace(/\.(ya?ml|mdx?)$/, '');
}

/** The stable code is both the file name and a field; they must agree. */
function checkFileName(entry: SourceEntry, kind: CheckKind, schema: ReturnType<typeof jsonSchemaOf>): Problem[] {
  if (kind.single || !kind.idField) return [];
  const fileName = basename(entry.id);
  const problems: Problem[] = [];
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fileName)) {
    problems.push({ file: entry.file, line: 1, message: `文件名“${fileName}”含有不能用于网址的字符`, expected: '文件名只用字母、数字、“-”“_”“.”，与编码一致' });
  }
  const value = (entry.data as Data)[kind.idField];
  if ((typeof value === 'string' || typeof value === 'number') && String(value) !== fileName) {
    problems.push({
      file: entry.file,
      line: lineOf(entry, [kind.idField]),
      field: describePath(schema, [kind.idField]),
      message: `与文件名“${fileName}”不一致`,
      expected: `文件名与该字段相同：${String(value)}`,
    });
  }
  return problems;
}

/** Values marked x-kind name a kind of this site: a link to a list that does not exist is refused. */
function checkKindNames(entry: SourceEntry, schema: ReturnType<typeof jsonSchemaOf>, kinds: CheckKinds): Problem[] {
  // A link goes to a list, or to a single entry's own page: a single entry without one has nowhere to link.
  const linkable = Object.keys(kinds).filter((name) => !kinds[name]!.single || kinds[name]!.page);
  return collectMarked(schema, entry.data, 'x-kind').flatMap(({ path, value }) =>
    linkable.includes(value)
      ? []
      : [
          {
            file: entry.file,
            line: lineOf(entry, path),
            field: describePath(schema, path),
            message: value in kinds ? `栏目“${value}”（${kinds[value]!.label}）没有自己的页面，不能作为公开位置` : `栏目“${value}”不存在`,
            // The key is what the file holds; the Chinese name is how staff know the column.
            expected: `以下内容类别之一：${linkable.map((name) => `${name}（${kinds[name]!.label}）`).join('、')}`,
          },
        ],
  );
}

function checkReferences(entry: SourceEntry, schema: ReturnType<typeof jsonSchemaOf>, ids: Record<string, Set<string>>, kinds: CheckKinds): Problem[] {
  return collectMarked(schema, entry.data, 'x-ref').flatMap(({ path, value, target }) => {
    const collection = target ?? '';
    if (ids[collection]?.has(value)) return [];
    const kind = kinds[collection];
    return [
      {
        file: entry.file,
        line: lineOf(entry, path),
        field: describePath(schema, path),
        message: `引用的${kind?.label ?? collection}“${value}”不存在`,
        expected: `${CONTENT_DIR}/${kind?.folder ?? collection}/ 中已有条目的编码`,
      },
    ];
  });
}

async function checkAttachments(entry: SourceEntry, schema: ReturnType<typeof jsonSchemaOf>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { path, value } of collectMarked(schema, entry.data, 'x-file')) {
    const fault = await checkAttachmentFile(entry, value);
    if (fault) problems.push({ file: entry.file, line: lineOf(entry, path), field: describePath(schema, path), ...fault });
  }
  return problems;
}

/** 索引号 are unique across the whole site, begin with the office's code and carry the publishing year. */
function checkCatalogue(entries: EntriesByKind, kinds: CheckKinds, officeCode: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, SourceEntry>();
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of entries[name] ?? []) {
      const data = entry.data as Data;
      const indexNo = data.indexNo;
      if (typeof indexNo !== 'string') continue;
      // Only a problem needs them; finding the line of every entry's 索引号 costs seconds at scale.
      const where = () => ({ line: lineOf(entry, ['indexNo']), field: describePath(schema, ['indexNo']) });
      const first = seen.get(indexNo);
      if (first) {
        problems.push({ file: entry.file, ...where(), message: `索引号“${indexNo}”与 ${first.file} 重复`, expected: '每条信息有唯一的索引号' });
      } else {
        seen.set(indexNo, entry);
      }
      const [prefix, rest] = indexNo.split('/');
      if (officeCode && prefix !== officeCode && /^[0-9A-Z]+$/.test(prefix ?? '')) {
        problems.push({ file: entry.file, ...where(), message: `索引号前缀“${prefix}”不是本机关的统一社会信用代码`, expected: `${officeCode}/年份-流水号` });
      }
      const year = rest?.slice(0, 4);
      const published = data.publishDate instanceof Date ? data.publishDate.toISOString().slice(0, 10) : String(data.publishDate ?? '');
      // A 发布日期 that is not a real date has its own line; comparing it would only add a second one.
      if (year && isRealIsoDate(published) && !published.startsWith(year)) {
        problems.push({ file: entry.file, ...where(), message: `索引号年份 ${year} 与发布日期 ${published.slice(0, 10)} 不符`, expected: `索引号中的年份为发布年份 ${published.slice(0, 4)}` });
      }
    }
  }
  return problems;
}

function checkUniqueValues(kindEntries: readonly SourceEntry[], kind: CheckKind, key: string): Problem[] {
  const schema = jsonSchemaOf(kind.schema);
  // The field's own label (决定书文号, 文号): one name for it in the form, the page and this line.
  const title = schema.properties?.[key]?.title ?? key;
  const seen = new Map<string, SourceEntry>();
  const problems: Problem[] = [];
  for (const entry of kindEntries) {
    const value = (entry.data as Data)[key];
    if (typeof value !== 'string') continue;
    const first = seen.get(value);
    if (first) {
      problems.push({ file: entry.file, line: lineOf(entry, [key]), field: describePath(schema, [key]), message: `${title}“${value}”与 ${first.file} 重复`, expected: `每个${title}只对应一个文件` });
    } else {
      seen.set(value, entry);
    }
  }
  return problems;
}

/** Every power in force has its responsibility entry: the lists are published as one 权责清单. */
function checkResponsibilityCoverage(entries: EntriesByKind, ids: Record<string, Set<string>>, kinds: CheckKinds): Problem[] {
  const responsibilities = kinds.responsibilities;
  if (!responsibilities) return [];
  return (entries.powers ?? [])
    .filter((entry) => (entry.data as Data).status !== '已取消' && !ids.responsibilities?.has(entry.id))
    .map((entry) => ({
      file: entry.file,
      line: 1,
      message: `权力事项“${entry.id}”没有对应的责任清单`,
      expected: `建立 ${CONTENT_DIR}/${responsibilities.folder}/${entry.id}.yaml`,
    }));
}
