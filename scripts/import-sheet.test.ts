import ExcelJS from 'exceljs';
import { mkdtemp, readFile, readdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { listKeys, listKind } from '../src/kinds/index.ts';
import { BODY_KEY, sheetsOf } from '../src/lib/export/table.ts';
import { toXlsx } from '../src/lib/export/xlsx.ts';
import { planImport, type Data } from '../src/lib/import/plan.ts';
import { readWorkbook } from '../src/lib/import/workbook.ts';
import { importKinds, readEntries, run, type FileKind } from './import-sheet.ts';
import { malformedOfficers, officePenalties, planResults, provincialPowers, updatedOfficers, workbook } from '../tests/fixtures/import/sheets.ts';

async function entriesIn(root: string, kind: FileKind): Promise<{ id: string; data: Data }[]> {
  return [...(await readEntries(join(root, kind.folder), kind.format))].map(([id, entry]) => ({ id, data: entry.data }));
}

/** Entries as the site's loaders give them: front matter as data, a Markdown entry's text as body. */
const asLoaded = (entries: readonly { data: Data }[]) => entries.map(({ data }) => ({ data, body: typeof data[BODY_KEY] === 'string' ? (data[BODY_KEY] as string) : undefined }));

async function roundTrip(kind: FileKind, entries: readonly { id: string; data: Data }[]) {
  const bytes = await toXlsx(sheetsOf(kind.model, kind.names[0]!, asLoaded(entries), () => '名称'));
  return planImport('x.xlsx', await readWorkbook(bytes), [kind], () => new Map());
}

const kinds = importKinds();

describe('every list kind', () => {
  it('is importable, as the kind records list them, with the text of those kept as Markdown', () => {
    expect(kinds.map((kind) => kind.key)).toEqual(listKeys);
    for (const kind of kinds) expect([kind.key, Boolean(kind.model.body)]).toEqual([kind.key, listKind(kind.key as (typeof listKeys)[number]).format === 'markdown']);
  });
});

describe.each(['content', 'tests/fixtures/minimal/content'])('export → spreadsheet → import gives back %s', (root) => {
  it.each(kinds.map((kind) => [kind.key, kind] as const))('%s', async (_key, kind) => {
    const entries = await entriesIn(root, kind);
    // No kind passes by having nothing to export: the sample and the fixture hold entries of each.
    expect(entries.length).toBeGreaterThan(0);
    const fresh = await roundTrip(kind, entries);
    expect(fresh.problems).toEqual([]);
    expect(Object.fromEntries(fresh.entries.map((e) => [e.id, e.after]))).toEqual(Object.fromEntries(entries.map((e) => [e.id, e.data])));
    const bytes = await toXlsx(sheetsOf(kind.model, kind.names[0]!, asLoaded(entries), () => '名称'));
    const again = planImport('x.xlsx', await readWorkbook(bytes), [kind], () => new Map(entries.map((e) => [e.id, e.data])));
    expect(again.problems).toEqual([]);
    expect(again.entries.map((e) => [e.id, e.status])).toEqual(entries.map((e) => [e.id, '未变']));
  });
});

describe('what spreadsheets tend to break comes back unchanged', () => {
  const service = async () => ((await entriesIn('tests/fixtures/minimal/content', kinds.find((k) => k.key === 'services')!))[0]!.data);
  const body = [
    '## 办理须知',
    '',
    '1. 申请人应当：',
    '   - 提交申请表；',
    '     - 原件一份，复印件两份',
    '   - 携带身份证明。',
    '2. 受理后 **20 个工作日**内办结。',
    '',
    '| 材料 | 份数 |',
    '| --- | ---: |',
    '| 申请表 | 1 |',
    '',
    '> 注意：`=1+1` 不是公式，0012 不是数字。',
  ].join('\n');

  it('a Markdown body with nested lists, codes with leading zeros, dates, text that looks like a formula, empty optional fields', async () => {
    const kind = kinds.find((k) => k.key === 'services')!;
    const data: Data = {
      ...(await service()),
      basicCode: '000183001000',
      consultPhone: '0999-10000002',
      place: '=测试市政务服务中心',
      publishDate: '2025-01-02',
      conditions: ['符合下列情形之一：桩基承台埋深小于三米；地质条件不宜修建', '申请人同意缴纳易地建设费'],
      keywords: ['防空地下室', '易地建设'],
      [BODY_KEY]: body,
    };
    delete data.onlineUrl; // an optional field left empty stays absent
    const second: Data = {
      ...data,
      code: 'S-002',
      conditions: ['第一行\n第二行', '另一项'],
      materials: [
        { name: '申请表', source: '申请人自备', form: '原件', copies: 1, medium: '纸质', necessity: '必要' },
        { name: '设计图纸', source: '设计单位', form: '复印件', copies: 2, medium: '纸质', necessity: '容缺后补', note: '加盖出图章' },
      ],
    };
    delete second[BODY_KEY]; // and an entry without any text
    const plan = await roundTrip(kind, [{ id: 'S-001', data }, { id: 'S-002', data: second }]);
    expect(plan.problems).toEqual([]);
    expect(plan.entries.map((e) => e.after)).toEqual([data, second]);
    expect(plan.entries[0]!.after).not.toHaveProperty('onlineUrl');
    expect((plan.entries[0]!.after.fee as Data).standard).toBeUndefined();
  });

  it('a code with leading zeros and nested records of a YAML kind', async () => {
    const kind = kinds.find((k) => k.key === 'powers')!;
    const [power] = await entriesIn('tests/fixtures/minimal/content', kind);
    const data: Data = { ...power!.data, code: '0012', basis: [{ law: '《中华人民共和国人民防空法》', article: '第二十二条' }, { law: '《人民防空工程建设管理规定》', article: '第四十七条', text: '第一款\n第二款' }] };
    const plan = await roundTrip(kind, [{ id: '0012', data }]);
    expect(plan.problems).toEqual([]);
    expect(plan.entries.map((e) => [e.id, e.after])).toEqual([['0012', data]]);
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

  it('reads a 权责清单 from the provincial system in its own header names, 设定依据 on its own sheet', async () => {
    const root = await fixtureRoot();
    await writeFile(join(root, 'powers.xlsx'), await workbook(provincialPowers));
    const result = await run(['powers.xlsx'], root);
    expect(result.output).toEqual(['新增：content/powers/P-002.yaml', '共 1 条：新增 1，修改 0，未变 0', '请核对改动（git diff），再运行 npm run check。']);
    expect(parseYaml(await readFile(join(root, 'content/powers/P-002.yaml'), 'utf8'))).toEqual({
      code: 'P-002', type: '行政处罚', name: '测试处罚事项',
      basis: [
        { law: '《中华人民共和国人民防空法》', article: '第四十九条' },
        { law: '《测试省人民防空工程管理办法》', article: '第三十条', text: '违反本办法的，由人民防空主管部门责令限期改正。' },
      ],
      implementer: '11990100MB1234567F', department: '测试科', levels: ['市级', '县级'], status: '在用',
      indexNo: '11990100MB1234567F/2025-00120', publishDate: '2025-03-01', updateDate: '2025-03-01',
    });
  });

  it('reads penalty decisions kept under the credit platform\'s header names', async () => {
    const root = await fixtureRoot();
    await writeFile(join(root, 'penalties.xlsx'), await workbook(officePenalties));
    const result = await run(['penalties.xlsx'], root);
    expect(result.output[0]).toBe('新增：content/enforcement/penalties/C-002.yaml');
    expect(parseYaml(await readFile(join(root, 'content/enforcement/penalties/C-002.yaml'), 'utf8'))).toMatchObject({
      decisionNo: '测防罚决〔2025〕2号',
      party: { kind: '法人', name: '第二测试公司', creditCode: '91990100MA01RF0D3L' },
      categories: ['警告', '罚款'],
      fineAmount: 1,
      basis: [{ law: '《中华人民共和国人民防空法》', article: '第四十八条' }],
    });
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

  it('names the rows of a figure sheet without its address columns, or for a report that does not exist', async () => {
    const sheets = await readWorkbook(await workbook({ 政府信息公开年报统计表: [['编码', '数值'], ['xxgk-2099', 5]] }));
    const plan = planImport('r.xlsx', sheets, kinds, () => new Map());
    expect(plan.problems).toEqual([
      { file: 'r.xlsx「政府信息公开年报统计表」', line: 2, field: 'A列“编码”', message: '表“”行“”列“”不是政府信息公开年报统计表中的一项', expected: '表、行、列三列照导出时的原样填写' },
    ]);
    const named = planImport('r.xlsx', await readWorkbook(await workbook({ 政府信息公开年报统计表: [['编码', '表', '行', '列', '数值'], ['xxgk-2099', '二、主动公开政府信息情况', '规章', '本年制发件数', 5]] })), kinds, () => new Map());
    expect(named.problems.map((p) => [p.file, p.line, p.message])).toContainEqual(['r.xlsx「政府信息公开年报统计表」', 2, '编码 xxgk-2099 在主表和 content/ 中都没有']);
  });

  it('names the row of a result that breaks the plan\'s own rules', async () => {
    const rows = planResults['抽查结果']!.map((row) => [...row]);
    rows[2]![6] = null; // 发现问题 without saying what
    const existing = parseYaml(await readFile('tests/fixtures/minimal/content/enforcement/inspection-plans/2025.yaml', 'utf8')) as Data;
    const plan = planImport('r.xlsx', await readWorkbook(await workbook({ 抽查结果: rows })), kinds, (kind) => new Map(kind === 'inspectionPlans' ? [['2025', existing]] : []));
    expect(plan.problems).toContainEqual(expect.objectContaining({ file: 'r.xlsx「抽查结果」', line: 3, message: '发现问题时必须写明发现的问题' }));
  });
});

async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(join(root, 'content'), { recursive: true })) {
    if (!/\.(ya?ml|md)$/.test(name)) continue;
    files.set(name, await readFile(join(root, 'content', name), 'utf8'));
  }
  return files;
}

/** Every file but `edited` as it was. */
async function expectOnlyChanged(root: string, before: Map<string, string>, edited: string): Promise<string> {
  const after = await snapshot(root);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, text] of after) if (name !== edited) expect([name, text]).toEqual([name, before.get(name)]);
  return after.get(edited)!;
}

/** The sample's workbook of a kind, as /data/<list>.xlsx offers it (with 正文 for Markdown kinds), opened in exceljs. */
async function sampleBook(root: string, kind: FileKind): Promise<{ book: ExcelJS.Workbook; entries: { id: string; data: Data }[] }> {
  const entries = await entriesIn(join(root, 'content'), kind);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await toXlsx(sheetsOf(kind.model, kind.names[0]!, asLoaded(entries), () => '名称'))) as unknown as ArrayBuffer);
  return { book, entries };
}

/** The cell in the row whose first cell is `id` (or matches), under `header`. */
function cellOf(sheet: ExcelJS.Worksheet, header: string, row: (values: unknown[]) => boolean): ExcelJS.Cell {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headers).toContain(header);
  const found = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).filter((r) => row((r.values as unknown[]).slice(1)));
  expect(found).toHaveLength(1);
  return found[0]!.getCell(headers.indexOf(header) + 1);
}

async function sampleRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gongkai-sample-'));
  await cp('content', join(root, 'content'), { recursive: true });
  return root;
}

describe('the sample office: export, edit in a spreadsheet, import back', () => {
  it('a YAML list: changes only what was edited and keeps the file\'s comments', async () => {
    const root = await sampleRoot();
    const before = await snapshot(root);
    const kind = kinds.find((k) => k.key === 'powers')!;
    const { book, entries } = await sampleBook(root, kind);
    // As staff would: change a cell on the main sheet and add a row on the 设定依据 sheet.
    cellOf(book.worksheets[0]!, '承办机构', (v) => v[0] === 'RF-XK-001').value = '行政审批科';
    book.getWorksheet('设定依据')!.addRow(['RF-XK-001', '《人民防空工程建设管理规定》', '第四十七条']);
    await writeFile(join(root, 'powers.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const result = await run(['powers.xlsx'], root);
    expect(result.code).toBe(0);
    expect(result.output).toContain('修改：content/powers/RF-XK-001.yaml（承办机构、设定依据）');
    expect(result.output).toContain(`共 ${entries.length} 条：新增 0，修改 1，未变 ${entries.length - 1}`);
    const text = await expectOnlyChanged(root, before, 'powers/RF-XK-001.yaml');
    expect(text.startsWith('# 权力清单：行政许可\n')).toBe(true);
    const old = parseYaml(before.get('powers/RF-XK-001.yaml')!) as Data & { basis: Data[] };
    expect(parseYaml(text)).toEqual({ ...old, department: '行政审批科', basis: [...old.basis, { law: '《人民防空工程建设管理规定》', article: '第四十七条' }] });
  });

  it('a Markdown list: a title and a line of the text edited, nothing else moves', async () => {
    const root = await sampleRoot();
    const before = await snapshot(root);
    const kind = kinds.find((k) => k.key === 'documents')!;
    const { book, entries } = await sampleBook(root, kind);
    const sheet = book.worksheets[0]!;
    cellOf(sheet, '标题', (v) => v[0] === 'GF-2018-01').value = '示例市防空地下室易地建设费收缴管理办法';
    const body = cellOf(sheet, '正文', (v) => v[0] === 'GF-2018-01');
    const text = String(body.value);
    const firstLine = text.split('\n')[0]!;
    body.value = text.replace(firstLine, `${firstLine}（已修订）`);
    await writeFile(join(root, 'documents.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const result = await run(['documents.xlsx'], root);
    expect(result.code).toBe(0);
    expect(result.output).toContain('修改：content/documents/GF-2018-01.md（标题、正文）');
    expect(result.output).toContain(`共 ${entries.length} 条：新增 0，修改 1，未变 ${entries.length - 1}`);
    const written = await expectOnlyChanged(root, before, 'documents/GF-2018-01.md');
    const old = before.get('documents/GF-2018-01.md')!;
    expect(written).toBe(old.replace('title: 示例市防空地下室易地建设费收缴管理暂行办法', 'title: 示例市防空地下室易地建设费收缴管理办法').replace(firstLine, `${firstLine}（已修订）`));
  });

  it('a workbook without the 正文 column keeps every text as it is', async () => {
    const root = await sampleRoot();
    const before = await snapshot(root);
    const kind = kinds.find((k) => k.key === 'services')!;
    const entries = await entriesIn(join(root, 'content'), kind);
    const withoutBody = { ...kind.model, body: undefined };
    await writeFile(join(root, 'services.xlsx'), await toXlsx(sheetsOf(withoutBody, kind.names[0]!, asLoaded(entries), () => '名称')));
    const result = await run(['services.xlsx'], root);
    expect(result.output).toContain(`共 ${entries.length} 条：新增 0，修改 0，未变 ${entries.length}`);
    expect(await snapshot(root)).toEqual(before);
  });

  it('a 年报 figure edited in its sheet: exactly that figure changes, and an unbalanced one is refused at its cell', async () => {
    const root = await sampleRoot();
    const before = await snapshot(root);
    const kind = kinds.find((k) => k.key === 'reports')!;
    const { book } = await sampleBook(root, kind);
    const figures = book.getWorksheet('政府信息公开年报统计表')!;
    const isFees = (v: unknown[]) => v[0] === 'xxgk-2025' && String(v[3]).includes('收费') && v[1] !== '' && String(v[1]).startsWith('二');
    cellOf(figures, '数值', isFees).value = 1300.5;
    await writeFile(join(root, 'reports.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const result = await run(['reports.xlsx'], root);
    expect(result.output).toContain('修改：content/reports/xxgk-2025.md（政府信息公开年报统计表）');
    const written = await expectOnlyChanged(root, before, 'reports/xxgk-2025.md');
    expect(written).toBe(before.get('reports/xxgk-2025.md')!.replace('fees: 1268.40', 'fees: 1300.50')); // the file's two decimals kept

    // A figure the tables do not have is named, not dropped.
    const label = cellOf(figures, '列', (v) => v[0] === 'xxgk-2025' && v[2] === '规章' && v[3] === '本年制发件数');
    label.value = '本年新制发件数';
    await writeFile(join(root, 'reports.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const unknown = await run(['reports.xlsx'], root);
    expect(unknown.output).toContain(`reports.xlsx「政府信息公开年报统计表」:${Number(label.row)} D列“列” — 表“二、主动公开政府信息情况”行“规章”列“本年新制发件数”不是政府信息公开年报统计表中的一项 (期望 表、行、列三列照导出时的原样填写)`);
    label.value = '本年制发件数';

    // One 总计 off by one: refused, named by sheet, row and column, with expected and found.
    const disclosed = (v: unknown[]) => v[0] === 'xxgk-2025' && String(v[2]).endsWith('（一）予以公开') && v[3] === '自然人';
    const cell = cellOf(figures, '数值', disclosed);
    cell.value = Number(cell.value) + 1;
    await writeFile(join(root, 'reports.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const refused = await run(['reports.xlsx'], root);
    expect(refused.code).toBe(1);
    expect(refused.output[0]).toMatch(/^发现 \d+ 处问题，未写入任何文件/);
    // Each broken rule is shown at the cell it checks (the row's 总计, the （七） row), as the Word import does.
    const rowOf = (test: (v: unknown[]) => boolean) => Number(cellOf(figures, '数值', test).row);
    const total = rowOf((v) => v[0] === 'xxgk-2025' && String(v[2]).endsWith('（一）予以公开') && v[3] === '总计');
    const seventh = rowOf((v) => v[0] === 'xxgk-2025' && String(v[2]).endsWith('（七）总计') && v[3] === '自然人');
    expect(refused.output).toContain(`reports.xlsx「政府信息公开年报统计表」:${total} E列“数值” — “三、收到和处理政府信息公开申请情况”表，“（一）予以公开”行“总计”列：总计应等于自然人和法人或其他组织各列之和，期望 5，实际 4`);
    expect(refused.output).toContain(`reports.xlsx「政府信息公开年报统计表」:${seventh} E列“数值” — “三、收到和处理政府信息公开申请情况”表，“（七）总计”行“自然人”列：应等于（一）至（六）各项之和，期望 6，实际 5`);
    expect(await readFile(join(root, 'content/reports/xxgk-2025.md'), 'utf8')).toBe(written);
  });
});
