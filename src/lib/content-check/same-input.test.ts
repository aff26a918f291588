// The build takes the check's validated data only where Astro's own reading would validate to the
// same: checked here value by value, and on the whole sample site against Astro's YAML reader.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { sameInput } from './same-input.ts';
import { jsonSchemaOf, type JsonSchema } from './schema-walk.ts';
import { checkContent } from './index.ts';
import { kinds } from '../../kinds/index.ts';

const date: JsonSchema = { type: 'string', 'x-date': true };
const text: JsonSchema = { type: 'string' };
const schema: JsonSchema = {
  type: 'object',
  properties: { publishDate: date, note: text, closed: { anyOf: [date, { type: 'null' }] }, either: { anyOf: [date, text] }, list: { type: 'array', items: date } },
};

describe('sameInput', () => {
  it('counts a Date in a date field as its YYYY-MM-DD text', () => {
    expect(sameInput(schema, { publishDate: new Date('2025-01-02') }, { publishDate: '2025-01-02' })).toBe(true);
    expect(sameInput(schema, { closed: new Date('2025-01-02') }, { closed: '2025-01-02' })).toBe(true);
    expect(sameInput(schema, { list: [new Date('2025-01-02')] }, { list: ['2025-01-02'] })).toBe(true);
  });

  it('refuses a Date anywhere else, another day, or a field that could read a Date otherwise', () => {
    expect(sameInput(schema, { note: new Date('2025-01-02') }, { note: '2025-01-02' })).toBe(false);
    expect(sameInput(schema, { either: new Date('2025-01-02') }, { either: '2025-01-02' })).toBe(false);
    expect(sameInput(schema, { unknown: new Date('2025-01-02') }, { unknown: '2025-01-02' })).toBe(false);
    // js-yaml rolls 2024-13-01 over into 2025-01-01; the check keeps the text and refuses it.
    expect(sameInput(schema, { publishDate: new Date(Date.UTC(2024, 12, 1)) }, { publishDate: '2024-13-01' })).toBe(false);
    expect(sameInput(schema, { publishDate: new Date('2025-01-02T10:00:00Z') }, { publishDate: '2025-01-02 10:00:00' })).toBe(false);
  });

  it('needs equal values, the same keys in the same order and the same kinds of value', () => {
    expect(sameInput(schema, { note: 'a', publishDate: '2025-01-02' }, { note: 'a', publishDate: '2025-01-02' })).toBe(true);
    expect(sameInput(schema, { note: 'a', publishDate: '2025-01-02' }, { publishDate: '2025-01-02', note: 'a' })).toBe(false);
    expect(sameInput(schema, { note: 'a' }, { note: 'a', extra: 1 })).toBe(false);
    expect(sameInput(schema, { note: 1000 }, { note: '1_000' })).toBe(false);
    expect(sameInput(schema, { list: [] }, { list: {} })).toBe(false);
    expect(sameInput(schema, { note: Number.NaN }, { note: Number.NaN })).toBe(true);
    expect(sameInput(schema, { note: null }, { note: undefined })).toBe(false);
  });
});

// Astro reads YAML and front matter with js-yaml (its own dependency, without types here).
const jsYaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

describe('on the sample site', () => {
  it('every entry Astro reads the same way validates to the same data, and most entries are such', async () => {
    const { entries, valid } = await checkContent(process.cwd(), kinds);
    let same = 0;
    let total = 0;
    for (const [name, list] of Object.entries(entries)) {
      const kind = kinds[name as keyof typeof kinds];
      if ('single' in kind) continue;
      for (const entry of list) {
        const checked = valid[name]?.get(entry.id);
        if (checked === undefined) continue;
        total++;
        const raw = await readFile(entry.absolutePath, 'utf8');
        const astro = jsYaml.load(kind.format === 'markdown' ? (extractFrontmatter(raw) ?? '') : raw);
        if (!sameInput(jsonSchemaOf(kind.schema), astro, entry.data)) continue;
        same++;
        expect([entry.file, kind.schema.safeParse(astro).data]).toStrictEqual([entry.file, checked]);
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(same).toBeGreaterThan(total * 0.9);
  });
});
