import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { label, text, ref, legalBasis, document, group } from '../schemas/fields.ts';
import { jsonSchemaOf } from './content-check/schema-walk.ts';
import { displayValue, fieldLabel, fieldShape, requireFieldShape } from './field-shape.ts';

const schema = jsonSchemaOf(
  z
    .object({
      name: label(text(), '名称', '说明'),
      subject: label(ref('subjects'), '执法主体'),
      matters: label(z.array(ref('enforcementMatters')), '对应执法事项'),
      stages: label(z.array(text()), '执法环节'),
      basis: label(z.array(legalBasis()), '职权依据'),
      note: label(text(), '备注').optional(),
      reply: label(document(), '复文').optional(),
      party: label(group({ name: label(text(), '名称'), file: label(text(), '文件') }), '当事人'),
      bare: text(),
    })
    .strict(),
);

describe('field shapes from the schema', () => {
  it('reads the label and what kind of value a field holds', () => {
    expect(fieldShape(schema, 'name')).toEqual({ label: '名称', description: '说明', shape: 'text' });
    expect(fieldShape(schema, 'subject')).toMatchObject({ label: '执法主体', shape: 'ref', kind: 'subjects' });
    expect(fieldShape(schema, 'matters')).toMatchObject({ label: '对应执法事项', shape: 'refs', kind: 'enforcementMatters' });
    expect(fieldShape(schema, 'stages')).toMatchObject({ shape: 'texts' });
    expect(fieldShape(schema, 'basis')).toMatchObject({ shape: 'legal-basis' });
    expect(fieldShape(schema, 'note')).toMatchObject({ label: '备注', shape: 'text' });
    // An attached document is one link; any other group is its own fields.
    expect(fieldShape(schema, 'reply')).toMatchObject({ label: '复文', shape: 'document' });
    expect(fieldShape(schema, 'party')).toMatchObject({ label: '当事人', shape: 'group', keys: ['name', 'file'] });
  });

  it('says what is missing: a field the schema lacks, or one without a label', () => {
    expect(fieldShape(schema, 'nope')).toBe('模式中没有字段“nope”');
    expect(fieldShape(schema, 'bare')).toMatch(/没有中文名/);
    expect(() => requireFieldShape(schema, 'nope', 'src/kinds/x.ts 详情页')).toThrow('src/kinds/x.ts 详情页：模式中没有字段“nope”');
  });

  it('shows booleans in Chinese and leaves absent values empty', () => {
    expect(displayValue(true)).toBe('是');
    expect(displayValue(false)).toBe('否');
    expect(displayValue(undefined)).toBe('');
    expect(displayValue(3)).toBe('3');
  });
});

describe('labels of nested fields', () => {
  const nested = jsonSchemaOf(
    z.object({
      party: label(z.object({ name: label(text(), '名称') }).strict(), '行政相对人'),
      levels: label(z.array(z.object({ grade: label(text(), '裁量档次') }).strict()), '裁量档次表'),
    }),
  );
  it('reads the label at the end of a dotted path, through lists', () => {
    expect(fieldLabel(nested, 'party')).toBe('行政相对人');
    expect(fieldLabel(nested, 'party.name')).toBe('名称');
    expect(fieldLabel(nested, 'levels.grade')).toBe('裁量档次');
    expect(fieldLabel(nested, 'party.nope')).toBeUndefined();
    expect(requireFieldShape(nested, 'party.name', 'x')).toMatchObject({ label: '名称', shape: 'text' });
    expect(fieldShape(nested, 'party')).toMatchObject({ label: '行政相对人', shape: 'group', keys: ['name'] });
  });
});
