import { describe, expect, it } from 'vitest';
import { splitSections, tableOfContents, takeSignature, textOf, wrapTables } from './sections.ts';

describe('splitSections', () => {
  it('cuts the body before each section heading and reads its number', () => {
    const html = '<p>导语</p>\n<h2 id="一总体情况">一、总体情况</h2>\n<p>甲</p>\n<h3 id="x">（一）主动公开</h3>\n<h2 id="二">二、主动公开政府信息情况</h2>\n<h2 id="附">附：说明</h2>';
    expect(splitSections(html)).toEqual({
      preamble: '<p>导语</p>\n',
      sections: [
        { number: '一', html: '<h2 id="一总体情况">一、总体情况</h2>\n<p>甲</p>\n<h3 id="x">（一）主动公开</h3>\n' },
        { number: '二', html: '<h2 id="二">二、主动公开政府信息情况</h2>\n' },
        { html: '<h2 id="附">附：说明</h2>' },
      ],
    });
  });

  it('reads heading text through tags and entities', () => {
    expect(textOf('<em>一、</em>A &amp; B')).toBe('一、A & B');
  });
});

describe('takeSignature', () => {
  it('takes the office and the date at the end out of the body', () => {
    expect(takeSignature('<p>正文。</p>\n<p>示例市人民防空办公室</p>\n<p>2026年2月4日</p>\n')).toEqual({
      html: '<p>正文。</p>\n',
      signature: { issuer: '示例市人民防空办公室', text: '2026年2月4日', date: '2026-02-04' },
    });
  });

  it('leaves a body without a signature as it is', () => {
    expect(takeSignature('<p>本年度无其他需要报告的情况。</p>\n<p>2026年2月4日</p>')).toEqual({ html: '<p>本年度无其他需要报告的情况。</p>\n<p>2026年2月4日</p>' });
    expect(takeSignature('<p>正文</p>')).toEqual({ html: '<p>正文</p>' });
  });
});

describe('tableOfContents', () => {
  it('nests subsections under sections and leaves items out', () => {
    expect(tableOfContents([
      { depth: 2, slug: 'a', text: '一、甲' },
      { depth: 3, slug: 'a1', text: '（一）子' },
      { depth: 4, slug: 'a11', text: '1.项' },
      { depth: 2, slug: 'b', text: '二、乙' },
    ])).toEqual([
      { slug: 'a', text: '一、甲', children: [{ slug: 'a1', text: '（一）子', children: [] }] },
      { slug: 'b', text: '二、乙', children: [] },
    ]);
  });

  it('keeps a subsection that comes before any section', () => {
    expect(tableOfContents([{ depth: 3, slug: 'x', text: '（一）子' }])).toEqual([{ slug: 'x', text: '（一）子', children: [] }]);
  });
});

describe('wrapTables', () => {
  it('puts each Markdown table in a named scrolling region with scoped column headers and alignment as a class', () => {
    const html = '<p>甲</p><table>\n<thead>\n<tr>\n<th>类别</th>\n<th align="right">件数</th>\n</tr>\n</thead>\n<tbody><tr><td>许可</td><td align="right">57</td></tr></tbody></table><table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(wrapTables(html)).toBe(
      '<p>甲</p><div class="table-wrap" role="region" tabindex="0" aria-label="正文表格1：类别、件数"><table>\n<thead>\n<tr>\n<th scope="col">类别</th>\n<th scope="col" class="align-right">件数</th>\n</tr>\n</thead>\n<tbody><tr><td>许可</td><td class="align-right">57</td></tr></tbody></table></div>'
      + '<div class="table-wrap" role="region" tabindex="0" aria-label="正文表格2"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
  });
});
