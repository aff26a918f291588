import ExcelJS from 'exceljs';
import { mkdtemp, readFile, readdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sheetsOf } from '../src/lib/export/table.ts';
import { toXlsx } from '../src/lib/export/xlsx.ts';
import { planImport, type Data } from '../src/lib/import/plan.ts';
import { readWorkbook } from '../src/lib/import/workbook.ts';
import { importKinds, run } from './import-sheet.ts';
import { malformedOfficers, planResults, updatedOfficers, workbook } from '../tests/fixtures/import/sheets.ts';

async function entriesIn(dir: string): Promise<{ id: string; data: Data }[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ id: name.slice(0, -5), data: parseYaml(await readFile(join(dir, name), 'utf8')) as Data })));
}

const kinds = importKinds();

describe.each(['content', 'tests/fixtures/minimal/content'])('export → spreadsheet → import gives back %s', (root) => {
  it.each(kinds.map((kind) => [kind.key, kind] as const))('%s', async (_key, kind) => {
    const entries = await entriesIn(join(root, kind.folder));
    if (entries.length === 0) return;
    const bytes = await toXlsx(sheetsOf(kind.model, kind.names[0]!, entries, () => '名称'));
    const sheets = await readWorkbook(bytes);
    const fresh = planImport('x.xlsx', sheets, [kind], () => new Map());
    expect(fresh.problems).toEqual([]);
    expect(Object.fromEntries(fresh.entries.map((e) => [e.id, e.after]))).toEqual(Object.fromEntries(entries.map((e) => [e.id, e.data])));
    const again = planImport('x.xlsx', sheets, [kind], () => new Map(entries.map((e) => [e.id, e.data])));
    expect(again.problems).toEqual([]);
    expect(again.entries.map((e) => e.status)).toEqual(entries.map(() => '未变'));
  });
});

async function fixtureRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gongkai-import-'));
  await cp('tests/fixtures/minimal/content', join(root, 'content'), { recursive: true });
  return root;
}

describe('npm run import -- 清单.xlsx', () => {
  it('reports every problem by sheet, row and column, and writes nothing', async () => {
    const root = await fixtureRoot();
    await writeFile(join(root, 'officers.xlsx'), await workbook(malformedOfficers));
    const before = (await readdir(join(root, 'content/enforcement/officers'))).sort();
    const result = await run(['officers.xlsx'], root);
    expect(result.code).toBe(1);
    const text = result.output.join('\n');
    expect(result.output[0]).toMatch(/^发现 \d+ 处问题，未写入任何文件/);
    expect(text).toContain('officers.xlsx「执法人员」:2 K列“备用列” — 不认识的列名');
    expect(text).toContain('officers.xlsx「执法人员」:4 A列“执法证号” — 编码被存成了数字 99000003，开头的 0 可能已经丢失');
    expect(text).toMatch(/「执法人员」:5 C列“执法主体” — .*字母、数字/);
    expect(text).toContain('「执法人员」:6 B列“姓名” — 缺少必填内容');
    expect(text).toMatch(/「执法人员」:7 F列“证件状态” — 应为以下之一：有效、暂扣、注销、过期/);
    // Row 3 is fine: its serial-number date is no problem.
    expect(text).not.toMatch(/「执法人员」:3 /);
    expect((await readdir(join(root, 'content/enforcement/officers'))).sort()).toEqual(before);
  });

  it('reads a serial-number date and a 2025/3/1 date as ISO dates', async () => {
    const sheets = await readWorkbook(await workbook({ 执法人员: malformedOfficers['执法人员']!.slice(0, 3) }));
    const plan = planImport('o.xlsx', sheets, kinds, () => new Map());
    const officer = plan.entries.find((e) => e.id === '99000002')!.after;
    expect(officer.validUntil).toBe('2026-06-30');
    expect(officer.updateDate).toBe('2025-03-01');
    expect(plan.notes.join('\n')).toContain('G列“有效期至”：日期以 Excel 序列号 46203 存放，已按 2026-06-30 读入');
  });

  it('updates the entries a sheet names, keeps what it does not have, and says what changed', async () => {
    const root = await fixtureRoot();
    const file = join(root, 'content/enforcement/officers/99000001.yaml');
    await writeFile(file, `# 赵测试：2025 年发证\n${await readFile(file, 'utf8')}`);
    await writeFile(join(root, 'officers.xlsx'), await workbook(updatedOfficers));
    const result = await run(['officers.xlsx'], root);
    expect(result.output.join('\n')).toContain('修改：content/enforcement/officers/99000001.yaml（证件状态、状态变更日期、更新日期）');
    expect(result.output.join('\n')).toContain('新增：content/enforcement/officers/99000009.yaml');
    expect(result.output).toContain('共 2 条：新增 1，修改 1，未变 0');
    const updated = await readFile(file, 'utf8');
    expect(updated.startsWith('# 赵测试：2025 年发证\n')).toBe(true);
    expect(parseYaml(updated)).toMatchObject({ status: '暂扣', statusDate: '2025-06-01', certNo: '99000001' });
    expect(parseYaml(await readFile(join(root, 'content/enforcement/officers/99000009.yaml'), 'utf8'))).toMatchObject({ certNo: '99000009', name: '吴测试' });
    // Importing the same sheet again changes nothing.
    const again = await run(['officers.xlsx'], root);
    expect(again.output).toContain('共 2 条：新增 0，修改 0，未变 2');
  });

  it('imports a year\'s inspection results into the plan, one row a firm', async () => {
    const root = await fixtureRoot();
    await writeFile(join(root, 'results.xlsx'), await workbook(planResults));
    const result = await run(['results.xlsx'], root);
    expect(result.code).toBe(0);
    expect(result.output.join('\n')).toContain('修改：content/enforcement/inspection-plans/2025.yaml（抽查结果）');
    const plan = parseYaml(await readFile(join(root, 'content/enforcement/inspection-plans/2025.yaml'), 'utf8')) as { results: Data[]; title: string };
    expect(plan.title).toBe('2025年度抽查计划');
    expect(plan.results).toEqual([
      { target: '测试公司', creditCode: '12990100MB2345678X', item: 'I-001', date: '2025-05-06', outcome: '未发现问题' },
      { target: '第二测试公司', creditCode: '91990100MA01RF0D3L', item: 'I-001', date: '2025-06-03', outcome: '发现问题已责令整改', findings: '防护设备未按期维护', followUp: '已责令三十日内整改' },
    ]);
  });

  it('names the row of a result that breaks the plan\'s own rules', async () => {
    const rows = planResults['抽查结果']!.map((row) => [...row]);
    rows[2]![6] = null; // 发现问题 without saying what
    const existing = parseYaml(await readFile('tests/fixtures/minimal/content/enforcement/inspection-plans/2025.yaml', 'utf8')) as Data;
    const plan = planImport('r.xlsx', await readWorkbook(await workbook({ 抽查结果: rows })), kinds, (kind) => new Map(kind === 'inspectionPlans' ? [['2025', existing]] : []));
    expect(plan.problems).toContainEqual(expect.objectContaining({ file: 'r.xlsx「抽查结果」', line: 3, message: '发现问题时必须写明发现的问题' }));
  });
});

describe('the sample office: export, edit in a spreadsheet, import back', () => {
  it('changes only what was edited and keeps the file\'s comments', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gongkai-sample-'));
    await cp('content', join(root, 'content'), { recursive: true });
    const kind = kinds.find((k) => k.key === 'powers')!;
    const entries = await entriesIn(join(root, 'content/powers'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await toXlsx(sheetsOf(kind.model, '权力清单', entries, () => undefined))) as unknown as ArrayBuffer);
    // As staff would: change a cell on the main sheet and add a row on the 设定依据 sheet.
    const main = book.getWorksheet('权力清单')!;
    const header = (main.getRow(1).values as unknown[]).slice(1);
    const row = [...Array(main.rowCount).keys()].map((i) => main.getRow(i + 1)).find((r) => r.getCell(1).value === 'RF-XK-001')!;
    row.getCell(header.indexOf('承办机构') + 1).value = '行政审批科';
    book.getWorksheet('设定依据')!.addRow(['RF-XK-001', '《人民防空工程建设管理规定》', '第四十七条']);
    await writeFile(join(root, 'powers.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const result = await run(['powers.xlsx'], root);
    expect(result.code).toBe(0);
    expect(result.output).toContain('修改：content/powers/RF-XK-001.yaml（承办机构、设定依据）');
    expect(result.output).toContain(`共 ${entries.length} 条：新增 0，修改 1，未变 ${entries.length - 1}`);
    const text = await readFile(join(root, 'content/powers/RF-XK-001.yaml'), 'utf8');
    expect(text.startsWith('# 权力清单：行政许可\n')).toBe(true);
    const power = parseYaml(text) as { department: string; basis: { law: string; article: string }[] };
    expect(power.department).toBe('行政审批科');
    expect(power.basis.at(-1)).toEqual({ law: '《人民防空工程建设管理规定》', article: '第四十七条' });
  });
});
