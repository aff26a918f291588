import { describe, expect, it } from 'vitest';
import { slimPageForIndex } from './slim-page.ts';

const page = (body: string, lang = 'zh-CN') => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>防空地下室 - 示例</title><meta http-equiv="content-security-policy" content="script-src 'sha256-x'"><script type="module">const a = '<div class="page" data-pagefind-body>';</script></head>
  <body>
    <header data-pagefind-ignore="all"><nav>首页</nav></header>
    <main id="main">${body}</main>
    <footer>示例市人民防空办公室</footer>
  </body>
</html>`;

const wrap = (element: string, lang = 'zh-CN') => `<!doctype html><html lang="${lang}"><head></head><body>${element}</body></html>`;

describe('cutting a page down to what Pagefind reads', () => {
  it('keeps <html lang> and the data-pagefind-body element with everything inside it, nested elements included', () => {
    const body = '<div class="page" data-pagefind-body data-pagefind-sort="date:2026-03-01"><span hidden data-pagefind-filter="类别:服务指南"></span><div class="a"><div>防空地下室</div></div><p hidden data-pagefind-weight="3">示防罚决 2026 1 号</p></div>';
    expect(slimPageForIndex(page(`<nav class="breadcrumbs">当前位置</nav>${body}<div class="after">不索引</div>`))).toBe(wrap(body));
  });

  it('finds the element by its attribute, whatever the attribute order, and keeps another language', () => {
    const body = '<section data-pagefind-body="" class="x"><div>text</div></section>';
    expect(slimPageForIndex(page(body, 'en'))).toBe(wrap(body, 'en'));
  });

  it('is not misled by tags inside scripts, comments or attribute values', () => {
    const body = '<div class="page" data-pagefind-body><a title="a > b </div>">链接</a><!-- </div> --><script>document.write("</div>")</script><style>div::after{content:"</div>"}</style>正文</div>';
    expect(slimPageForIndex(page(body))).toBe(wrap(body));
  });

  it('does not take an attribute that merely starts with the same name', () => {
    const body = '<div data-pagefind-body-like="1"><div class="page" data-pagefind-body>正文</div></div>';
    expect(slimPageForIndex(page(body))).toBe(wrap('<div class="page" data-pagefind-body>正文</div>'));
  });

  it('leaves out pages without a data-pagefind-body element', () => {
    expect(slimPageForIndex(page('<div class="page">首页</div>'))).toBeUndefined();
  });

  it('refuses a page whose element is never closed, naming the element', () => {
    expect(() => slimPageForIndex(page('<div class="page" data-pagefind-body><div>正文</div>').replace(/<\/main>[\s\S]*/, ''))).toThrow('data-pagefind-body 所在的 <div> 元素没有结束标签');
  });

  it('writes no lang when the page has none', () => {
    expect(slimPageForIndex('<html><body><div data-pagefind-body>x</div></body></html>')).toBe('<!doctype html><html><head></head><body><div data-pagefind-body>x</div></body></html>');
  });
});
