// Attachments the personal-data check used not to read: an Excel list of people, an OFD decision,
// a Word file with an ID number in its header or a comment. Each is made here from its text (a real
// workbook written by ExcelJS; OFD and Word parts zipped by hand) and must give that text back.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { docxText, readPages } from './attachment-text.ts';
import { ofdText, xlsxText } from './office-text.ts';
import { findPersonalData } from '../personal-data.ts';
import { minimalDocx, minimalPdf } from '../../../tests/fixtures/personal-data/make-files.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function ofd(pages: string[][]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('OFD.xml', '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>');
  pages.forEach((lines, index) => {
    const codes = lines.map((line, at) => `<ofd:TextObject ID="${at + 10}"><ofd:TextCode X="0" Y="${at * 5}">${escapeXml(line)}</ofd:TextCode></ofd:TextObject>`).join('');
    zip.file(`Doc_0/Pages/Page_${index}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">${codes}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zip.generateAsync({ type: 'uint8array' });
}

const kinds = (text: string) => findPersonalData(text).map((hit) => `${hit.kind}:${hit.value}`);

describe('text of Excel, OFD and Word’s other parts', () => {
  it('reads every sheet of a workbook, cells of a row apart', async () => {
    const pages = await xlsxText(await workbook({ 名单: [['姓名', '身份证号码', '电话'], ['张某', '11010519491231002X', 13812345678]], 说明: [['咨询电话', '0999-12345678']] }));
    expect(pages.map((page) => page.sheet)).toEqual(['名单', '说明']);
    expect(pages[0]?.text).toBe('姓名，身份证号码，电话\n张某，11010519491231002X，13812345678');
    expect(kinds(pages[0]?.text ?? '')).toEqual(['身份证号码:11010519491231002X', '手机号码:13812345678']);
    expect(kinds(pages[1]?.text ?? '')).toEqual([]);
  });

  it('never joins numbers of neighbouring cells into one', async () => {
    const [page] = await xlsxText(await workbook({ 统计: [[138, 1234, 5678], [2025, 1, 12]] }));
    expect(kinds(page?.text ?? '')).toEqual([]);
  });

  it('reads the text codes of each OFD page', async () => {
    const pages = await ofdText(await ofd([['行政处罚决定书'], ['当事人手机', '139 1234 5678']]));
    expect(pages.map((page) => [page.page, page.text])).toEqual([[1, '行政处罚决定书'], [2, '当事人手机\n139 1234 5678']]);
  });

  it('reads a .docx’s header, footer and comments as well as its body', async () => {
    const zip = await JSZip.loadAsync(await minimalDocx(['正文没有个人信息。']));
    zip.file('word/header1.xml', '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>经办人手机 13912345678</w:t></w:r></w:p></w:hdr>');
    zip.file('word/comments.xml', '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>身份证 1101051949</w:t></w:r><w:r><w:t>1231002X</w:t></w:r></w:p></w:comment></w:comments>');
    const [page] = await docxText(await zip.generateAsync({ type: 'uint8array' }));
    expect(kinds(page?.text ?? '')).toEqual(['身份证号码:11010519491231002X', '手机号码:13912345678']);
  });
});

describe('file properties', () => {
  it('reads an Office file’s title, author and keywords', async () => {
    const book = new ExcelJS.Workbook();
    book.creator = '经办人 13912345678';
    book.title = '名单';
    book.lastModifiedBy = '示例人防办';
    book.addWorksheet('表1').addRow(['无']);
    const pages = await xlsxText(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(pages.map((page) => page.sheet)).toEqual(['表1']);
    const withProperties = await readPages('名单.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const last = withProperties.at(-1);
    expect(last?.properties).toBe(true);
    expect(last?.text.split('\n').sort()).toEqual(['名单', '示例人防办', '经办人 13912345678']);
    expect(findPersonalData(last?.text ?? '').map((hit) => hit.kind)).toEqual(['手机号码']);
  });

  it('reads a PDF’s document information (title, author)', async () => {
    const pdf = minimalPdf(['正文']).replace(/trailer\s*<</, (start) => `${start} /Info << /Title (13912345678) /Author (Zhang) >>`);
    const pages = await readPages('a.pdf', new TextEncoder().encode(pdf));
    expect(pages[0]).toEqual({ page: 1, text: '正文' });
    expect(pages.at(-1)?.properties).toBe(true);
    expect(findPersonalData(pages.at(-1)?.text ?? '').map((hit) => hit.value)).toEqual(['13912345678']);
  });
});
