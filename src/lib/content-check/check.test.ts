import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.ts';
import { readFileSync } from 'node:fs';
import { checkAfter, MINIMAL_FIXTURE, problemsAfter, replace } from './test-tree.ts';

describe('content check on the minimal fixture', () => {
  it.each<[string, Parameters<typeof problemsAfter>[0], string[]]>([
    ['passes the untouched fixture', {}, []],
    ['reports a missing required field with file, line and label', { 'content/powers/P-001.yaml': replace('name: 测试审批\n', '') }, [
      'content/powers/P-001.yaml:1 事项名称（name） — 缺少必填字段 (期望 文本)',
    ]],
    ['reports a value outside an enumeration with the allowed values', { 'content/powers/P-001.yaml': replace('type: 行政许可', 'type: 行政审批') }, [
      'content/powers/P-001.yaml:2 权力类型（type） — 值“行政审批”不符合要求 (期望 以下之一：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务、行政备案)',
    ]],
    ['reports a date that does not exist', { 'content/powers/P-001.yaml': replace('updateDate: 2025-02-03', 'updateDate: 2025-02-30') }, [
      'content/powers/P-001.yaml:14 更新日期（updateDate） — 值“2025-02-30”不符合要求 (期望 真实存在的日期，格式 YYYY-MM-DD)',
    ]],
    ['reports an update date before the publish date', { 'content/powers/P-001.yaml': replace('updateDate: 2025-02-03', 'updateDate: 2024-12-31') }, [
      'content/powers/P-001.yaml:14 更新日期（updateDate） — 不能早于发布日期 2025-01-02',
    ]],
    ['reports a dangling reference naming the missing code', { 'content/services/S-001.md': replace('power: P-001', 'power: P-404') }, [
      'content/services/S-001.md:6 对应权力事项（power） — 引用的权力清单“P-404”不存在 (期望 content/powers/ 中已有条目的编码)',
    ]],
    ['reports every dangling reference, not just the first', {
      'content/enforcement/officers/99000001.yaml': replace('subject: 11990100MB1234567F', 'subject: 12990100MB2345678X'),
      'content/enforcement/permits/L-001.yaml': replace('service: S-001', 'service: S-404'),
      'content/enforcement/inspection-plans/2025.yaml': replace('items: [I-001]', 'items: [I-001, I-404]'),
    }, [
      'content/enforcement/inspection-plans/2025.yaml:4 抽查事项[2]（items[1]） — 引用的随机抽查事项“I-404”不存在 (期望 content/enforcement/inspection-items/ 中已有条目的编码)',
      'content/enforcement/officers/99000001.yaml:3 所属执法主体（subject） — 引用的执法主体“12990100MB2345678X”不存在 (期望 content/enforcement/subjects/ 中已有条目的编码)',
      'content/enforcement/permits/L-001.yaml:10 对应服务指南（service） — 引用的服务指南“S-404”不存在 (期望 content/services/ 中已有条目的编码)',
    ]],
    ['reports a code that differs from its file name (a duplicated code)', {
      'content/powers/P-002.yaml': readFileSync(`${MINIMAL_FIXTURE}/content/powers/P-001.yaml`, 'utf8').replace('2025-00002', '2025-00099'),
    }, [
      'content/powers/P-002.yaml:1 事项编码（code） — 与文件名“P-002”不一致 (期望 文件名与该字段相同：P-001)',
      'content/powers/P-002.yaml:1 — 权力事项“P-002”没有对应的责任清单 (期望 建立 content/responsibilities/P-002.yaml)',
    ]],
    ['reports a duplicated 索引号 naming the first file', { 'content/enforcement/matters/M-001.yaml': replace('2025-00007', '2025-00002') }, [
      'content/enforcement/matters/M-001.yaml:11 索引号（indexNo） — 索引号“11990100MB1234567F/2025-00002”与 content/powers/P-001.yaml 重复 (期望 每条信息有唯一的索引号)',
    ]],
    ['reports an unknown (misspelt) field', { 'content/powers/P-001.yaml': replace('department: 测试科', 'departmnt: 测试科') }, [
      'content/powers/P-001.yaml:1 承办机构（department） — 缺少必填字段 (期望 文本)',
      'content/powers/P-001.yaml:9 departmnt — 未定义的字段“departmnt” (期望 只使用本类内容定义的字段，请检查拼写)',
    ]],
    ['reports an unknown field inside a list with its path', { 'content/powers/P-001.yaml': replace('    article: 第二十二条', '    artcle: 第二十二条') }, [
      'content/powers/P-001.yaml:5 设定依据[1].条款（basis[0].article） — 缺少必填字段 (期望 文本)',
      'content/powers/P-001.yaml:6 设定依据[1].artcle（basis[0].artcle） — 未定义的字段“artcle” (期望 只使用本类内容定义的字段，请检查拼写)',
    ]],
    ['reports a YAML syntax error with its line, once', { 'content/enforcement/matters/M-001.yaml': replace('name: 测试处罚', '  name: 测试处罚') }, [
      'content/enforcement/matters/M-001.yaml:2 — YAML 格式错误：字段名不能跨行 (期望 检查缩进、冒号后的空格和引号是否成对)',
    ]],
    ['reports a field written twice', { 'content/powers/P-001.yaml': replace('status: 在用', 'status: 在用\nstatus: 暂停实施') }, [
      'content/powers/P-001.yaml:12 — YAML 格式错误：同一字段写了两次 (期望 检查缩进、冒号后的空格和引号是否成对)',
    ]],
    ['reports a 索引号 that does not carry the office code or the publishing year', { 'content/powers/P-001.yaml': replace('11990100MB1234567F/2025-00002', '12990100MB2345678X/2024-00002') }, [
      'content/powers/P-001.yaml:12 索引号（indexNo） — 索引号前缀“12990100MB2345678X”不是本机关的统一社会信用代码 (期望 11990100MB1234567F/年份-流水号)',
      'content/powers/P-001.yaml:12 索引号（indexNo） — 索引号年份 2024 与发布日期 2025-01-02 不符 (期望 索引号中的年份为发布年份 2025)',
    ]],
    ['reports a missing attachment', { 'content/reports/R-2024.md': replace('issuer:', 'original:\n  title: 原件\n  file: files/R-2024.pdf\nissuer:') }, [
      'content/reports/R-2024.md:8 原件.文件（original.file） — 附件“files/R-2024.pdf”不存在 (期望 把文件放在 content/reports/files/R-2024.pdf)',
    ]],
    ['refuses MDX, whose components and scripts would bypass the sanitiser', { 'content/reports/R-2025.mdx': '---\ncode: R-2025\n---\n' }, [
      'content/reports/R-2025.mdx:1 — 不支持 .mdx 文件 (期望 改用 .md（Markdown），内容中不能包含组件或脚本)',
    ]],
    ['reports a link in a Markdown body that leads nowhere, with its line', {
      'content/reports/R-2024.md': (text) => `${text}\n见[服务指南](/services/S-001/)、[不存在的指南](/services/S-404/)和[外部链接](https://example.com/)。\n`,
    }, [
      'content/reports/R-2024.md:17 正文 — 链接“/services/S-404/”指向的页面不存在 (期望 本站已有页面的地址，如 /services/ 或 /services/编码/)',
    ]],
    // The 党政机关网站标识 image goes with it: without site.yaml nothing refers to it.
    ['reports a missing site file', { 'content/site.yaml': null, 'content/files/conac.png': null }, [
      'content/site.yaml — 缺少网站与机关信息文件 (期望 在 content/ 下建立 site.yaml)',
    ]],
  ])('%s', async (_name, changes, lines) => {
    expect(await problemsAfter(changes)).toEqual(lines);
  });

  it('reports a duplicated decision number', async () => {
    const second = (text: string) => text.replace('code: C-001', 'code: C-002').replace('2025-00010', '2025-00098');
    expect(await problemsAfter({ 'content/enforcement/penalties/C-002.yaml': second(readFileSync(`${MINIMAL_FIXTURE}/content/enforcement/penalties/C-001.yaml`, 'utf8')) })).toEqual([
      'content/enforcement/penalties/C-002.yaml:2 决定书文号（decisionNo） — 决定书文号“测防罚决〔2025〕1号”与 content/enforcement/penalties/C-001.yaml 重复 (期望 每个决定书文号只对应一个文件)',
    ]);
  });

  it('reports a duplicated 文号 of a document', async () => {
    const original = readFileSync(`${MINIMAL_FIXTURE}/content/documents/D-001.md`, 'utf8');
    const indexNo = /indexNo: (\S+)/.exec(original)![1]!;
    const copy = original.replace(/code: D-001/, 'code: D-002').replace(indexNo, indexNo.replace(/\d{5}$/, '00999'));
    const lines = await problemsAfter({ 'content/documents/D-002.md': copy });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/documents\/D-002\.md:\d+ 文号（docNo） — 文号“.+”与 content\/documents\/D-001\.md 重复 \(期望 每个文号只对应一个文件\)$/);
  });

  it('reports documents that replace each other in a circle, once', async () => {
    const original = readFileSync(`${MINIMAL_FIXTURE}/content/documents/D-001.md`, 'utf8');
    const revised = (code: string, by: string, serial: string, docNo: string) =>
      original
        .replace(/code: D-001/, `code: ${code}`)
        .replace(/indexNo: (\S+)\d{5}/, `indexNo: $1${serial}`)
        .replace(/docNo: .*/, `docNo: ${docNo}`)
        .replace(/validity:\n(  .*\n)*/, `validity:\n  status: 已修订\n  date: 2025-03-01\n  replacedBy: ${by}\n`);
    const lines = await problemsAfter({
      'content/documents/D-002.md': revised('D-002', 'D-003', '00997', '测防发〔2025〕97号'),
      'content/documents/D-003.md': revised('D-003', 'D-002', '00998', '测防发〔2025〕98号'),
    });
    expect(lines.filter((line) => line.includes('成环'))).toEqual([expect.stringMatching(/^content\/documents\/D-002\.md:\d+ 有效性\.替代文件（validity\.replacedBy） — 文件替代关系成环：D-002 → D-003 → D-002/)]);
  });

  it('reports a publish date later than today', async () => {
    const { problems } = await checkAfter({ 'content/powers/P-001.yaml': replace('updateDate: 2025-02-03', 'updateDate: 2025-07-01') }, { today: '2025-06-30' });
    expect(problems.map(formatProblem)).toEqual(['content/powers/P-001.yaml:14 更新日期（updateDate） — 2025-07-01 晚于今天 2025-06-30 (期望 不晚于今天的真实日期)']);
  });

  it('warns about an empty column', async () => {
    const { problems } = await checkAfter({ 'content/enforcement/recording-items/R-001.yaml': null });
    expect(problems.map((p) => [formatProblem(p), p.severity])).toEqual([
      ['content/enforcement/recording-items/ — 栏目“音像记录事项清单”没有任何内容 (期望 至少一条；政府网站检查把空栏目计为问题)', 'warning'],
    ]);
  });

  it('reports one problem of every class in one tree, all at once and nothing else', async () => {
    const { problems } = await checkAfter({
      'content/powers/P-001.yaml': replace('name: 测试审批\n', ''), // missing field
      'content/enforcement/officers/99000001.yaml': replace('status: 有效', 'status: 正常'), // wrong enumeration
      'content/enforcement/inspection-items/I-001.yaml': replace('updateDate: 2025-01-02', 'updateDate: 2025-02-30'), // bad date
      'content/services/S-001.md': replace('power: P-001', 'power: P-404'), // dangling reference
      'content/enforcement/matters/M-001.yaml': replace('2025-00007', '2025-00002'), // duplicate 索引号
      'content/enforcement/subjects/11990100MB1234567F.yaml': replace('area: 测试市', 'aera: 测试市'), // unknown field
      'content/reports/R-2024.md': (text) => `${text}\n[失效链接](/services/S-404/)\n`, // link to nothing
      'content/enforcement/permits/L-001.yaml': replace('publishDate: 2025-03-05', 'publishDate: 2099-03-05'), // future date
      'content/enforcement/penalties/C-001.yaml': replace('facts: 测试违法事实。', 'facts: 当事人联系电话13912345678。'), // personal data
    }, { today: '2025-06-30' });
    const lines = problems.map(formatProblem);
    const files = lines.map((line) => line.split(':')[0]);
    expect(new Set(files)).toEqual(
      new Set([
        'content/powers/P-001.yaml',
        'content/enforcement/officers/99000001.yaml',
        'content/enforcement/inspection-items/I-001.yaml',
        'content/services/S-001.md',
        'content/enforcement/matters/M-001.yaml',
        'content/enforcement/subjects/11990100MB1234567F.yaml',
        'content/reports/R-2024.md',
        'content/enforcement/permits/L-001.yaml',
        'content/enforcement/penalties/C-001.yaml',
      ]),
    );
    expect(lines).toContain('content/powers/P-001.yaml:1 事项名称（name） — 缺少必填字段 (期望 文本)');
    expect(lines).toContain('content/enforcement/officers/99000001.yaml:6 证件状态（status） — 值“正常”不符合要求 (期望 以下之一：有效、暂扣、注销、过期)');
    expect(lines).toContain('content/services/S-001.md:6 对应权力事项（power） — 引用的权力清单“P-404”不存在 (期望 content/powers/ 中已有条目的编码)');
    expect(lines.some((line) => line.startsWith('content/enforcement/inspection-items/I-001.yaml') && line.includes('2025-02-30'))).toBe(true);
    expect(lines.some((line) => line.startsWith('content/enforcement/matters/M-001.yaml') && line.includes('重复'))).toBe(true);
    expect(lines.some((line) => line.includes('未定义的字段“aera”'))).toBe(true);
    expect(lines.some((line) => line.includes('链接“/services/S-404/”指向的页面不存在'))).toBe(true);
    expect(lines.some((line) => line.startsWith('content/enforcement/permits/L-001.yaml') && line.includes('晚于今天'))).toBe(true);
    expect(lines.some((line) => line.startsWith('content/enforcement/penalties/C-001.yaml') && line.includes('个人信息不得公开'))).toBe(true);
  });
});
