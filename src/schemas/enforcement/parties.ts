// The party (行政相对人) of a penalty or permit decision. A natural person is only ever
// published masked (张某 or 张*), never with an ID number. Under 双公示 the 法定代表人 (or 负责人)
// of a legal person or other organisation is published in full; the 经营者 of an 个体工商户 is a
// natural person and stays masked.
import { z } from 'astro/zod';
import { label, text, uscc, oneOf, group } from '../fields.ts';
import { isMaskedPersonName } from '../../lib/personal-data/masked-name.ts';

export const PARTY_KINDS = ['法人', '非法人组织', '个体工商户', '自然人'] as const;
/** Kinds whose 法定代表人 or 负责人 is public; for the others it is a natural person's name. */
const PUBLIC_REPRESENTATIVE: readonly string[] = ['法人', '非法人组织'];

export const partySchema = group({
  kind: label(oneOf(PARTY_KINDS), '相对人类别'),
  name: label(text(), '行政相对人名称', '自然人只写姓氏加“某”或“*”'),
  creditCode: label(uscc(), '统一社会信用代码', '法人、非法人组织、个体工商户填写').optional(),
  legalRepresentative: label(text(), '法定代表人', '法人、非法人组织写全名（双公示公开）；个体工商户的经营者只写姓氏加“某”或“*”').optional(),
})
  .superRefine((party, ctx) => {
    if (party.kind === '自然人' && !isMaskedPersonName(party.name)) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: '自然人姓名必须隐去名字，如“张某”或“张*”' });
    }
    if (party.kind !== '自然人' && !party.creditCode) {
      ctx.addIssue({ code: 'custom', path: ['creditCode'], message: `${party.kind}必须填写统一社会信用代码` });
    }
    if (party.legalRepresentative && !PUBLIC_REPRESENTATIVE.includes(party.kind) && !isMaskedPersonName(party.legalRepresentative)) {
      ctx.addIssue({ code: 'custom', path: ['legalRepresentative'], message: `${party.kind}的法定代表人（经营者）是自然人，姓名必须隐去名字，如“张某”或“张*”` });
    }
  });

export type Party = z.infer<typeof partySchema>;
