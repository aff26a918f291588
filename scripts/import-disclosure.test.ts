// npm run import -- 年报.docx for a 政府信息公开工作年度报告: the statistics tables become disclosureTables.
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { disclosureTablesFromGrids } from '../src/lib/import/disclosure-tables.ts';
import { disclosureReportDocx, type Tables } from '../tests/fixtures/import/disclosure-docx.ts';
import { readReport, run } from './import-report.ts';

const sample = async () => (parseYaml((await readFile('content/reports/xxgk-2025.md', 'utf8')).split(/^---$/m)[1]!) as { disclosureTables: Tables }).disclosureTables;

async function root(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-xxgk-'));
  await cp('tests/fixtures/minimal/content', join(dir, 'content'), { recursive: true });
  return dir;
}

async function gridsOf(bytes: Buffer): Promise<string[][][]> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-docx-'));
  await writeFile(join(dir, 'r.docx'), bytes);
  const { blocks } = await readReport(join(dir, 'r.docx'));
  return blocks.flatMap((block) => (block.type === 'table' && block.grid ? [block.grid] : []));
}

describe('信息公开年报 statistics tables from Word', () => {
  it('reads the sample report\'s tables, merged header cells and all, into the same numbers', async () => {
    const tables = await sample();
    const result = disclosureTablesFromGrids(await gridsOf(disclosureReportDocx(tables)));
    expect(result.problems).toEqual([]);
    expect(result.tables).toEqual(tables);
    expect(result.used).toEqual([0, 1, 2]);
  });

  it('refuses an unbalanced table, naming table, row, column, expected and found, and writes nothing', async () => {
    const tables = structuredClone(await sample());
    tables.requests.results.disclosed.naturalPerson = 3; // 总计 column of that row and （七）总计 no longer add up
    const dir = await root();
    await writeFile(join(dir, 'xxgk.docx'), disclosureReportDocx(tables));
    const result = await run(['xxgk.docx'], dir);
    expect(result.code).toBe(1);
    const text = result.output.join('\n');
    expect(text).toContain('统计表有');
    expect(text).toContain('未写入任何文件');
    expect(text).toContain('“三、收到和处理政府信息公开申请情况”表，“（一）予以公开”行“总计”列：总计应等于自然人和法人或其他组织各列之和，期望 5，实际 4');
    expect(text).toContain('“（七）总计”行“自然人”列：应等于（一）至（六）各项之和，期望 6，实际 5');
    await expect(readFile(join(dir, 'content/reports/xxgk-2025.md'))).rejects.toThrow();
  });

  it('names a row the table lacks', async () => {
    const grids = await gridsOf(disclosureReportDocx(await sample()));
    grids[1] = grids[1]!.filter((row) => !row.some((cell) => cell.includes('重复申请')));
    expect(disclosureTablesFromGrids(grids).problems).toEqual(['“三、收到和处理政府信息公开申请情况”表：找不到“（五）不予处理2.重复申请”行']);
  });

  it('writes the tables into the entry, takes 发布机构 from the signature, and flags a second report of the year', async () => {
    const dir = await root();
    await writeFile(join(dir, 'xxgk.docx'), disclosureReportDocx(await sample()));
    await writeFile(join(dir, 'content/reports/old-xxgk.md'), '---\ncode: old-xxgk\nkind: 政府信息公开工作年度报告\nyear: 2025\n---\n\n正文\n');
    const result = await run(['xxgk.docx'], dir);
    expect(result.code).toBe(0);
    const text = result.output.join('\n');
    expect(text).toContain('注意：content/reports/old-xxgk.md 也是 2025 年度的政府信息公开工作年度报告');
    expect(text).toContain('提示：发布机构取自落款“示例市人民防空办公室”，标题中写作“示例市人防办');
    const written = await readFile(join(dir, 'content/reports/xxgk-2025.md'), 'utf8');
    const data = parseYaml(written.split(/^---$/m)[1]!) as { issuer: string; disclosureTables: Tables };
    expect(data.issuer).toBe('示例市人民防空办公室');
    expect(data.disclosureTables).toEqual(await sample());
    // The tables left the body: the page draws them from disclosureTables.
    expect(written).not.toContain('商业企业');
    expect(written).toContain('## 二、主动公开政府信息情况');
  });
});
