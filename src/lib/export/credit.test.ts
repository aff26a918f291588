import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { penaltySchema, type Penalty } from '../../schemas/enforcement/penalties.ts';
import { permitSchema } from '../../schemas/enforcement/permits.ts';
import { PENALTY_CREDIT_HEADER, PERMIT_CREDIT_HEADER, penaltyCreditRows, permitCreditRows, type CreditContext } from './credit.ts';

const read = async (path: string) => parseYaml(await readFile(`tests/fixtures/minimal/content/enforcement/${path}`, 'utf8')) as unknown;
const context: CreditContext = { authorityName: (code) => (code === '11990100MB1234567F' ? '测试市人民防空办公室' : ''), source: { name: '测试市人民防空办公室', creditCode: '11990100MB1234567F' } };

describe('双公示 in the national column set', () => {
  it('gives a penalty one row in the standard order, the authority named beside its code', async () => {
    const penalty = penaltySchema.parse(await read('penalties/C-001.yaml'));
    const [row] = penaltyCreditRows([penalty], context, '2025-06-01');
    const cell = (name: (typeof PENALTY_CREDIT_HEADER)[number]) => row![PENALTY_CREDIT_HEADER.indexOf(name)];
    expect(row).toHaveLength(PENALTY_CREDIT_HEADER.length);
    expect(cell('行政相对人名称')).toBe('测试公司');
    expect(cell('行政相对人类别')).toBe('法人及非法人组织');
    expect(cell('行政相对人代码_1（统一社会信用代码）')).toBe('12990100MB2345678X');
    expect(cell('处罚依据')).toBe('《中华人民共和国人民防空法》第四十八条');
    expect(cell('公示截止期')).toBe('2025-12-01');
    expect(cell('处罚机关')).toBe('测试市人民防空办公室');
    expect(cell('处罚机关统一社会信用代码')).toBe('11990100MB1234567F');
    expect(cell('证件号码')).toBe('');
  });

  it('leaves out a decision past its disclosure period and one withdrawn', async () => {
    const penalty = penaltySchema.parse(await read('penalties/C-001.yaml'));
    expect(penaltyCreditRows([penalty], context, '2025-12-02')).toEqual([]);
    const withdrawn: Penalty = { ...penalty, withdrawal: { kind: '撤销', decidedDate: '2025-04-01', date: '2025-04-03', reason: '原决定被撤销' } };
    expect(penaltyCreditRows([withdrawn], context, '2025-06-01')).toEqual([]);
  });

  it('gives a permit one row in the standard order', async () => {
    const permit = permitSchema.parse(await read('permits/L-001.yaml'));
    const [row] = permitCreditRows([permit], context);
    expect(row).toHaveLength(PERMIT_CREDIT_HEADER.length);
    expect(row![PERMIT_CREDIT_HEADER.indexOf('行政许可决定文书号')]).toBe(permit.decisionNo);
    expect(row![PERMIT_CREDIT_HEADER.indexOf('许可机关')]).toBe('测试市人民防空办公室');
    expect(row![PERMIT_CREDIT_HEADER.indexOf('数据来源单位统一社会信用代码')]).toBe('11990100MB1234567F');
  });
});
