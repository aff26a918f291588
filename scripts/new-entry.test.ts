// `npm run new` for every kind: the scaffold is refused while blank, and passes the content
// check once its required fields are filled in.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content-check/index.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';
import { fixtureTree } from '../src/lib/content-check/test-tree.ts';
import { jsonSchemaOf, type JsonSchema } from '../src/lib/content-check/schema-walk.ts';
import { kinds, kindKeys, listKeys, type ListKey } from '../src/kinds/index.ts';
import { nextCode, nextIndexNo } from '../src/lib/scaffold.ts';
import { createEntry } from './new-entry.ts';

const TODAY = '2025-06-10';

/** Valid values for fields whose text has a required shape, by key. */
const SHAPED: Record<string, unknown> = {
  phone: '0999-12345678', consultPhone: '0999-12345678', complaintPhone: '0999-12345678', fax: '0999-12345679',
  email: 'office@example.gov.cn', url: 'https://example.gov.cn/', onlineUrl: 'https://example.gov.cn/',
  creditCode: '12990100MB2345678X', decisionNo: '测防罚决〔2025〕7号', docNo: '测防发〔2025〕7号',
  name: '测试名称', year: 2025, postcode: '990100', time: '10:00',
};

function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((v) => v.type !== 'null');
}

const CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
const ATTACHMENT = 'files/test.pdf';

/** A valid value for a blank field, from its schema and the fixture's existing codes. */
function fill(key: string, schema: JsonSchema, ids: Record<string, string[]>): unknown {
  const v = variants(schema);
  const ref = v.map((x) => x['x-ref']).find(Boolean) as string | undefined;
  if (ref) return ids[ref]![0];
  if (v.some((x) => x['x-date'])) return TODAY;
  if (v.some((x) => x['x-file'])) return ATTACHMENT;
  const options = v.map((x) => x.enum).find(Boolean);
  if (options) return options[0];
  const array = v.find((x) => x.items);
  if (array) return Array.from({ length: Math.max(1, Number(array.minItems ?? 1)) }, (_, index) => fillItem(key, array.items!, ids, index));
  const object = v.find((x) => x.properties);
  if (object) return fillObject(object, {}, ids);
  if (key in SHAPED) return SHAPED[key];
  if (v.some((x) => x.pattern === CODE_PATTERN)) return 'T-001';
  const type = v.map((x) => x.type).find(Boolean);
  if (type === 'boolean') return false;
  // A number with a lower bound (a longitude) gets the bound, others 1.
  if (type === 'integer' || type === 'number') return Math.max(1, Number(v.map((x) => (x as { minimum?: number }).minimum).find((m) => m !== undefined) ?? 1));
  return '测试内容';
}

/** The n-th item of a list: enumerations take their n-th value, so graded lists stay in order. */
function fillItem(key: string, schema: JsonSchema, ids: Record<string, string[]>, index: number): unknown {
  const object = variants(schema).find((x) => x.properties);
  if (!object) return fill(key, schema, ids);
  const item = fillObject(object, {}, ids);
  for (const [field, property] of Object.entries(object.properties!)) {
    const options = variants(property).map((x) => x.enum).find(Boolean);
    if (options && field in item) item[field] = options[index % options.length];
  }
  return item;
}

/** Values that rules across fields require, beyond what each field's own schema says. */
const EXTRA: Partial<Record<string, Record<string, unknown>>> = {
  documents: { docNo: '测防发〔2025〕7号' },
};
/** The same by field, for every kind whose field is this group: a 法人 party needs its 统一社会信用代码. */
const EXTRA_FIELDS: Record<string, unknown> = {
  party: { kind: '法人', name: '测试公司', creditCode: '12990100MB2345678X' },
};
const extraFor = (kind: string, schema: JsonSchema) => ({
  ...Object.fromEntries(Object.entries(EXTRA_FIELDS).filter(([field]) => variants(schema.properties?.[field] ?? {}).some((x) => x.properties))),
  // The 目录 shows a 内容概述: written, unless the record makes one (content-check/summaries.ts).
  ...(schema.properties?.summary && !(kinds[kind as ListKey] as { summary?: unknown }).summary ? { summary: '新条目的内容概述。' } : {}),
  ...EXTRA[kind],
});

/** The scaffold's values with every blank required field filled, nested groups and list items too. */
function fillObject(schema: JsonSchema, current: Record<string, unknown>, ids: Record<string, string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...current };
  for (const key of schema.required ?? []) {
    const property = schema.properties![key]!;
    const value = out[key];
    const object = variants(property).find((x) => x.properties);
    const itemObject = variants(property).map((x) => x.items).filter(Boolean).flatMap((items) => variants(items!)).find((x) => x.properties);
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0 && Number(variants(property).find((x) => x.items)?.minItems ?? 0) > 0)) {
      out[key] = fill(key, property, ids);
    } else if (Array.isArray(value) && itemObject) {
      const minItems = Number(variants(property).find((x) => x.items)?.minItems ?? 0);
      out[key] = Array.from({ length: Math.max(value.length, minItems) }, (_, index) => ({ ...(fillItem(key, itemObject, ids, index) as object), ...filledOnly(value[index]) }));
    } else if (Array.isArray(value)) {
      out[key] = value.map((item) => (item === null ? fill(key, variants(property).find((x) => x.items)!.items!, ids) : item));
    } else if (object && typeof value === 'object') {
      out[key] = fillObject(object, value as Record<string, unknown>, ids);
    }
  }
  return out;
}

/** The plain values a scaffold item already has (its lists and groups are refilled whole). */
function filledOnly(item: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries((item ?? {}) as Record<string, unknown>).filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object'));
}

const folderKinds = listKeys;

describe('npm run new', () => {
  it.each(folderKinds)('scaffolds %s: refused while blank, accepted once filled', async (name: ListKey) => {
    const tree = await fixtureTree();
    try {
      // Kinds named by a 统一社会信用代码 need one given; a power needs its responsibility entry too.
      const code = { subjects: '12990100MB2345678X', registry: '12990100MB2345678X' }[name as string];
      // A responsibility entry belongs to a power without one, so a new power comes first.
      const before = name === 'responsibilities' ? [await createEntry(tree.root, 'powers', undefined, TODAY)] : [];
      const created = await createEntry(tree.root, name, code, TODAY);
      const companions = [...before, ...(name === 'powers' ? [await createEntry(tree.root, 'responsibilities', undefined, TODAY)] : [])];
      // One check of the blank scaffold gives both its problems and the codes to refer to.
      const { problems, entries } = await checkContent(tree.root, kinds);
      const blank = problems.map(formatProblem);
      expect(blank.length).toBeGreaterThan(0);
      expect(blank.every((line) => [created, ...companions].some((file) => line.startsWith(file)))).toBe(true);
      expect(blank.some((line) => line.includes('未填写'))).toBe(true);

      const ids = Object.fromEntries(kindKeys.map((k) => [k, (entries[k] ?? []).map((e) => e.id)]));
      for (const file of [created, ...companions]) {
        const kind = kindKeys.find((k) => file.startsWith(`content/${kinds[k].folder}/`))!;
        const path = join(tree.root, file);
        const text = await readFile(path, 'utf8');
        const markdown = file.endsWith('.md');
        const doc = parseDocument(markdown ? extractFrontmatter(text)! : text);
        const schema = variants(jsonSchemaOf(kinds[kind].schema)).find((x) => x.properties)!;
        const filled = { ...fillObject(schema, doc.toJS() as Record<string, unknown>, ids), ...extraFor(kind, schema) };
        for (const [key, value] of Object.entries(filled)) doc.set(key, value);
        await writeFile(path, markdown ? `---\n${doc.toString()}---\n\n正文。\n` : doc.toString());
        // The attachment exists only where the entry refers to it: an unreferenced file is refused.
        if (JSON.stringify(filled).includes(ATTACHMENT)) {
          await mkdir(join(dirname(path), 'files'), { recursive: true });
          await writeFile(join(dirname(path), ATTACHMENT), '%PDF-1.4\n');
        }
      }
      expect((await checkContent(tree.root, kinds)).problems.map(formatProblem)).toEqual([]);
    } finally {
      await tree.cleanup();
    }
  });

  it('takes the next free code and 索引号, and today’s date', async () => {
    const tree = await fixtureTree();
    try {
      const created = await createEntry(tree.root, '权力清单', undefined, TODAY);
      expect(created).toBe('content/powers/P-002.yaml');
      const text = await readFile(join(tree.root, created), 'utf8');
      expect(text).toContain('code: P-002');
      expect(text).toMatch(/indexNo: 11990100MB1234567F\/2025-\d{5}/);
      expect(text).toContain(`publishDate: ${TODAY}`);
      expect(text).toContain('# 事项名称（必填）');
      await expect(createEntry(tree.root, 'powers', 'P-002', TODAY)).rejects.toThrow('content/powers/P-002.yaml 已存在，未做任何修改');
      await expect(createEntry(tree.root, 'nonsense', undefined, TODAY)).rejects.toThrow('请指定要新建的内容类别');
    } finally {
      await tree.cleanup();
    }
  });
});

describe('codes', () => {
  it('increments the last number, keeping its width', () => {
    expect(nextCode(['RF-XK-001', 'RF-XK-009', 'RF-XK-010'])).toBe('RF-XK-011');
    expect(nextCode(['CF-2025-001', 'CF-2026-002'])).toBe('CF-2026-003');
    expect(nextCode(['99010021007', '99010022003'])).toBe('99010022004');
    expect(nextCode([])).toBeUndefined();
  });
  it('numbers 索引号 within the year', () => {
    expect(nextIndexNo('11990100MB1234567F', '2026', ['11990100MB1234567F/2026-00007', '11990100MB1234567F/2025-00300'])).toBe('11990100MB1234567F/2026-00008');
    expect(nextIndexNo('11990100MB1234567F', '2027', [])).toBe('11990100MB1234567F/2027-00001');
  });
});

describe('npm run new and the 内容概述', () => {
  // [kind, how its 内容概述 line is marked]: written by staff unless the record makes it from fields.
  it.each([
    ['notices', '（必填）'],
    ['documents', '（必填）'],
    ['officers', '（选填）'],
    ['leaders', '（选填）'],
  ] as const)('marks it in a new %s entry as %s', async (name, mark) => {
    const tree = await fixtureTree();
    try {
      const created = await createEntry(tree.root, name, undefined, TODAY);
      const lines = (await readFile(join(tree.root, created), 'utf8')).split('\n');
      const at = lines.findIndex((line) => line.startsWith('# 内容概述'));
      expect(lines[at]).toContain(mark);
      expect(lines[at + 1]).toBe(mark === '（必填）' ? 'summary:' : '# summary:');
    } finally {
      await tree.cleanup();
    }
  });
});
