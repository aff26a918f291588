// The import command end to end, on the fixtures: what it writes, what it prints, and that it
// never overwrites an entry without --force.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText, parseArgs, run } from './import-report.ts';
import { checkContent } from '../src/lib/content-check/index.ts';
import { kinds } from '../src/kinds/index.ts';
import { fixtureTree } from '../src/lib/content-check/test-tree.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/reports/', import.meta.url));

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  // A project of its own: the minimal site's content, and the fixtures as the files staff hold.
  ({ root, cleanup } = await fixtureTree({}, (tree) => cp(FIXTURES, join(tree, 'incoming'), { recursive: true })));
});
afterEach(async () => {
  await cleanup();
});

describe('npm run import', () => {
  it('turns a .txt report into content/reports/<code>.md and says what is missing', async () => {
    const result = await run(['incoming/report-plain.txt'], root);
    expect(result).toEqual({
      code: 0,
      output: [
        '已导入 incoming/report-plain.txt → content/reports/fzzf-2025.md',
        '识别结果：',
        '  标题：示例县人民防空办公室关于2025年度法治政府建设情况的报告',
        '  报告类别：法治政府建设年度报告',
        '  报告年度：2025',
        '  文号：示防办〔2025〕3号',
        '  发布机构：示例县人民防空办公室',
        '  成文日期：2026-01-20',
        '未能识别，请在文件头中填写：发布日期（publishDate）、索引号（indexNo）',
        '提示：识别出 8 个标题，其中 3 个原与正文同段，已拆为标题和段落',
        '请核对导入结果（git diff），再运行 npm run check。',
      ],
    });
    const written = await readFile(join(root, 'content/reports/fzzf-2025.md'), 'utf8');
    expect(written.startsWith('---\ncode: fzzf-2025\nkind: 法治政府建设年度报告\nyear: 2025\n')).toBe(true);
    expect(written).toContain('\n## 一、主要举措和成效\n\n### （一）审批服务\n');
  });

  it('gives the next 索引号 when the publishing date is known, and the entry passes the content check', async () => {
    // The highest serial of 2025 so far, whatever else the minimal site holds.
    await writeFile(join(root, 'content/powers/P-001.yaml'), (await readFile(join(root, 'content/powers/P-001.yaml'), 'utf8')).replace(/indexNo: .*/, 'indexNo: 11990100MB1234567F/2025-90000'));
    const result = await run(['incoming/report-web.txt', '--code', 'R-2023'], root);
    expect(result.output).toContain('  索引号：11990100MB1234567F/2025-90001');
    const written = await readFile(join(root, 'content/reports/R-2023.md'), 'utf8');
    expect(written).toContain('indexNo: 11990100MB1234567F/2025-90001\npublishDate: 2025-03-05\nupdateDate: 2025-03-05\n');
    const { problems } = await checkContent(root, kinds);
    expect(problems.filter((problem) => problem.file.endsWith('R-2023.md'))).toEqual([]);
  });

  it('never overwrites an existing entry without --force', async () => {
    await writeFile(join(root, 'content/reports/fzzf-2025.md'), 'staff edits\n');
    expect(await run(['incoming/report-plain.txt'], root)).toEqual({
      code: 1,
      output: ['content/reports/fzzf-2025.md 已存在，未做任何改动。确认要用导入结果覆盖它，请加 --force'],
    });
    expect(await readFile(join(root, 'content/reports/fzzf-2025.md'), 'utf8')).toBe('staff edits\n');
    expect((await run(['incoming/report-plain.txt', '--force'], root)).code).toBe(0);
    expect(await readFile(join(root, 'content/reports/fzzf-2025.md'), 'utf8')).toContain('code: fzzf-2025');
  });

  it('imports a .docx with its table and keeps the Word file as the downloadable original', async () => {
    const result = await run(['incoming/report.docx', '--out', 'out'], root);
    expect(result.code).toBe(0);
    expect(result.output).toContain('原件已复制到 out/files/zftj-2025.docx，报告页面提供下载');
    expect(result.output).toContain('提示：原文表格含合并单元格，已拆为普通单元格，请核对');
    expect(await readdir(join(root, 'out/files'))).toEqual(['zftj-2025.docx']);
    const written = await readFile(join(root, 'out/zftj-2025.md'), 'utf8');
    expect(written).toContain('original:\n  title: 示例县人民防空办公室2025年度行政执法统计年报（Word 原件）\n  file: files/zftj-2025.docx\n');
    expect(written.split('---\n\n')[1]).toBe(`本年报统计2025年1月1日至12月31日本办作出的行政执法决定和开展的检查。

## 一、执法决定情况

全年作出的行政执法决定按类别统计如下：

| 类别 | 决定件数：上半年 | 决定件数：下半年 |
| --- | ---: | ---: |
| 行政许可 | 9 | 11 |
| 行政处罚 | 1 | 0 |

## 二、检查情况

### （一）日常检查

全年对已建人防工程检查30处，发现问题4处，均已整改。

示例县人民防空办公室

2026年1月12日
`);
  });

  it('reads back the sample office’s Word original as the entry it was made from', async () => {
    const markdown = await readFile(new URL('../content/reports/fzzf-2025.md', import.meta.url), 'utf8');
    await cp(fileURLToPath(new URL('../content/reports/files/fzzf-2025.docx', import.meta.url)), join(root, 'incoming/original.docx'));
    expect((await run(['incoming/original.docx', '--out', 'out'], root)).code).toBe(0);
    const imported = await readFile(join(root, 'out/fzzf-2025.md'), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5).trim();
    expect(body(imported)).toBe(body(markdown));
    for (const line of ['title: 示例市人民防空办公室2025年度法治政府建设情况报告', 'docNo: 示防办〔2026〕5号', 'issuer: 示例市人民防空办公室', 'writtenDate: 2026-02-24', 'year: 2025']) {
      expect(imported).toContain(`\n${line}\n`);
      expect(markdown).toContain(`\n${line}\n`);
    }
  });

  it('refuses other file types and missing files', async () => {
    await writeFile(join(root, 'incoming/report.doc'), 'old word');
    expect(await run(['incoming/report.doc'], root)).toEqual({ code: 1, output: ['只能导入 .txt 或 .docx 文件，收到的是“report.doc”（.doc 请先在 Word 中另存为 .docx）'] });
    expect(await run(['incoming/none.txt'], root)).toEqual({ code: 1, output: ['找不到文件：incoming/none.txt'] });
  });
});

describe('arguments and encodings', () => {
  it('reads the file, --force, --out and --code', () => {
    expect(parseArgs(['a.txt', '--force', '--out', '/tmp/x', '--code', 'fzzf-2019'])).toEqual({ file: 'a.txt', force: true, out: '/tmp/x', code: 'fzzf-2019' });
    expect(parseArgs([])).toBe('用法：npm run import -- <报告文件.txt 或 .docx> [--force] [--out <目录>] [--code <编码>]');
    expect(parseArgs(['a.txt', '--overwrite'])).toContain('不认识的选项 --overwrite');
    expect(parseArgs(['a.txt', 'b.txt'])).toContain('只能一次导入一个文件');
    expect(parseArgs(['a.txt', '--out'])).toContain('--out 后面需要一个值');
  });

  it('reads UTF-8, and GB18030 as saved by older Windows editors', () => {
    expect(decodeText(new TextEncoder().encode('一、总体情况'))).toEqual({ text: '一、总体情况', encoding: 'UTF-8' });
    // 一、总体 in GB18030.
    expect(decodeText(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5]))).toEqual({ text: '一、总体', encoding: 'GB18030' });
  });
});
