// Every kind, checked the way govuk-frontend checks every component against its examples: the
// record's field keys are in its schema with labels, its URL and open-data name are its own, the
// pages it points to exist (and the generic ones are not shadowed), and the minimal fixture has an
// entry it can title. A kind added without any of these fails here with a line saying what to add.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kinds, kindKeys, listKeys, listKind, isListKey } from './index.ts';
import { z } from 'astro/zod';
import { defineKind, defineKinds, defineSingle, ENFORCEMENT_HUB } from './define.ts';
import { jsonSchemaOf, type JsonSchema } from '../lib/content-check/schema-walk.ts';
import { fieldShape } from '../lib/field-shape.ts';
import { checkContent } from '../lib/content-check/index.ts';
import { MINIMAL_FIXTURE } from '../lib/content-check/test-tree.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = join(ROOT, 'src/pages');
const fixture = checkContent(MINIMAL_FIXTURE, kinds, { today: '2026-01-15' });

/** Field keys a record names, with where it names them. */
function namedFields(key: (typeof listKeys)[number]): [string, string][] {
  const record = listKind(key);
  const named: [string, string][] = [[record.idField, 'idField']];
  if ('fields' in record.list) {
    for (const field of record.list.fields) named.push([typeof field === 'string' ? field : field.key, 'list.fields']);
    named.push([record.list.titleField, 'list.titleField']);
  }
  if ('fields' in record.detail) {
    for (const field of [...record.detail.fields, ...(record.detail.sections ?? [])]) named.push([field, 'detail']);
  }
  return named;
}

/** Every x-ref in a schema: the kinds it refers to. */
function refsOf(schema: JsonSchema): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const ref = (node as JsonSchema)['x-ref'];
    if (typeof ref === 'string') found.push(ref);
    for (const value of Object.values(node)) walk(value);
  };
  walk(schema);
  return found;
}

describe.each(kindKeys)('kind %s', (key) => {
  const record = kinds[key];
  const where = `src/kinds 中 ${key} 的记录`;

  it('refers only to kinds that exist', () => {
    for (const ref of refsOf(jsonSchemaOf(record.schema))) expect(kindKeys, `${key} 的模式引用了不存在的内容类别“${ref}”`).toContain(ref);
  });

  if (!isListKey(key)) return;
  const kind = listKind(key);
  const schema = jsonSchemaOf(kind.schema);

  it('names only schema fields that have a Chinese label', () => {
    for (const [field, place] of namedFields(key)) {
      const shape = fieldShape(schema, field);
      expect(typeof shape === 'string' ? `${where} ${place}：${shape}` : 'ok').toBe('ok');
    }
  });

  it('has a URL, an open-data file (or says why not) and a place in the site map', () => {
    expect(kind.url, `${where}：url 应以 / 开头和结尾`).toMatch(/^\/[a-z0-9/-]+\/$/);
    if ('none' in kind.dataset) expect(kind.dataset.none.trim(), `${where}：没有开放数据时写明原因`).not.toBe('');
    else expect(kind.dataset.name, `${where}：开放数据文件名只用小写字母、数字和“-”`).toMatch(/^[a-z0-9-]+$/);
    if (kind.place.parent === 'list') expect(listKeys, `${where}：place.list 应是已有的内容类别`).toContain(kind.place.list);
    if ('related' in kind.list && kind.list.related) expect(listKeys, `${where}：list.related.kind 应是已有的内容类别`).toContain(kind.list.related.kind);
    expect(kind.column.name.trim(), `${where}：column.name 不能为空`).not.toBe('');
  });

  it('has the personal-data check look for names where entries name a party', () => {
    // A decision's 行政相对人 may be a natural person: the check must scan the kind for names.
    if (schema.properties?.party?.properties?.name) expect(kind.namesParties, `${where}：条目含行政相对人（party），在记录中加入 namesParties: true`).toBe(true);
  });

  it('has its own pages where it points to them, and none shadowing the generic ones', () => {
    for (const page of [kind.list, kind.detail]) {
      if ('custom' in page) expect(existsSync(join(ROOT, page.custom)), `${where}指向的页面 ${page.custom} 不存在`).toBe(true);
    }
    const folder = join(PAGES, kind.url);
    if ('fields' in kind.list) expect(existsSync(join(folder, 'index.astro')), `${where}的列表页由记录生成，删除 src/pages${kind.url}index.astro 或在 list 中写 custom`).toBe(false);
    if ('fields' in kind.detail) expect(existsSync(join(folder, '[...id].astro')), `${where}的详情页由记录生成，删除 src/pages${kind.url}[...id].astro 或在 detail 中写 custom`).toBe(false);
  });

  it('has an entry in the minimal fixture that it can title', async () => {
    const dir = join(MINIMAL_FIXTURE, 'content', kind.folder);
    expect(existsSync(dir) && readdirSync(dir).length > 0, `在 tests/fixtures/minimal/content/${kind.folder}/ 中加入至少一个条目`).toBe(true);
    const { entries } = await fixture;
    const entry = entries[key]?.[0];
    expect(entry, `tests/fixtures/minimal/content/${kind.folder}/ 的条目未能读取`).toBeDefined();
    const title = kind.title(entry!.data, (_kind, id) => id);
    expect(title.trim(), `${where}：title 对夹具条目给出了空标题`).not.toBe('');
  });

  it('gives the 目录 a 内容概述 for the fixture entry: written, or derived by the record', async () => {
    const entry = (await fixture).entries[key]?.[0];
    const data = entry?.data as { summary?: string } | undefined;
    const summary = data?.summary ?? kind.summary?.(data);
    expect(summary?.trim() ?? '', `${where}：夹具条目没有内容概述（summary），记录也没有 summary 函数`).not.toBe('');
    // A derived summary reads as one sentence made of values, never a placeholder.
    if (kind.summary) expect(kind.summary(data)).not.toMatch(/undefined|\[object/);
  });
});

describe('the list of kinds', () => {
  it('gives every list its own URL and its own open-data file name', () => {
    const urls = listKeys.map((key) => listKind(key).url);
    expect(urls.filter((url, index) => urls.indexOf(url) !== index), '两个内容类别不能用同一网址').toEqual([]);
    expect(urls, `网址不能与行政执法公示首页 ${ENFORCEMENT_HUB.url} 相同`).not.toContain(ENFORCEMENT_HUB.url);
    const names = listKeys.flatMap((key) => ('name' in listKind(key).dataset ? [(listKind(key).dataset as { name: string }).name] : []));
    expect(names.filter((name, index) => names.indexOf(name) !== index), '两个内容类别不能用同一开放数据文件名').toEqual([]);
    const columns = listKeys.map((key) => listKind(key).column.name);
    expect(columns.filter((name, index) => columns.indexOf(name) !== index), '两个内容类别不能用同一栏目名').toEqual([]);
  });

  it('offers open data for every list', () => {
    // README promises CSV and JSON for every list; a kind without one must say why in its record.
    expect(listKeys.filter((key) => 'none' in listKind(key).dataset)).toEqual([]);
  });

  it('lists the kinds in reading order: each list after the list it is filed under', () => {
    for (const [index, key] of listKeys.entries()) {
      const { place } = listKind(key);
      if (place.parent === 'list') expect(listKeys.indexOf(place.list as never), `src/kinds/index.ts：${key} 应排在 ${place.list} 之后`).toBeLessThan(index);
    }
  });
});

describe('defineKinds: what a record need not say', () => {
  const schema = z.object({ code: z.string(), title: z.string(), subject: z.string() });
  const column = { name: '试验栏目', description: '说明', keywords: ['试验'] };

  it('derives folder, URL, open-data name, label, menu and custom pages from the key', () => {
    const { documents, hubItems, filedItems } = defineKinds({
      documents: defineKind({ schema, column, menu: '政策文件', pages: 'custom' }),
      hubItems: defineKind({ schema, column, place: { parent: 'enforcement', group: '事前公示', blurb: '—' }, pages: 'custom' }),
      filedItems: defineKind({ schema, column, place: { parent: 'list', list: 'documents' }, list: { titleField: 'title', fields: ['title'] }, detail: 'custom' }),
    });
    expect([documents.folder, documents.url, documents.dataset, documents.label, documents.column.type, documents.place]).toEqual([
      'documents',
      '/documents/',
      { name: 'documents' },
      '试验栏目',
      '信息公开',
      { parent: 'top' },
    ]);
    expect([documents.list, documents.detail]).toEqual([{ custom: 'src/pages/documents/index.astro' }, { custom: 'src/pages/documents/[...id].astro' }]);
    expect([hubItems.folder, hubItems.url, hubItems.dataset, hubItems.menu, hubItems.search.badge]).toEqual([
      'enforcement/hub-items',
      '/enforcement/hub-items/',
      { name: 'hub-items' },
      '执法公示',
      '执法公示',
    ]);
    expect([filedItems.folder, filedItems.menu, filedItems.search.badge, filedItems.detail]).toEqual([
      'filed-items',
      '政策文件',
      '试验栏目',
      { custom: 'src/pages/filed-items/[...id].astro' },
    ]);
    const entry = { code: 'A-1', title: '标题', subject: 'ZT-1', indexNo: 'X/2026-1' };
    expect([documents.title(entry, (_kind, id) => id), documents.subject?.(entry), documents.search.codes(entry)]).toEqual(['标题', 'ZT-1', ['A-1', 'X/2026-1']]);
  });

  it('names the single file after the key and the page after the label', () => {
    const { notes } = defineKinds({ notes: defineSingle({ label: '说明', schema, page: { url: '/notes/', under: 'reports' } }) });
    expect(notes).toEqual({ label: '说明', folder: 'notes.yaml', format: 'yaml', single: true, schema, page: { url: '/notes/', label: '说明', under: 'reports' } });
  });

  it('says what to write when an entry has no title or name field to be titled by', () => {
    const untitled = z.object({ code: z.string() });
    expect(() => defineKinds({ bare: defineKind({ schema: untitled, column, pages: 'custom' }) })).toThrow('src/kinds 中 bare 的记录：模式中没有 title 或 name 字段，在记录中写 title');
  });
});
