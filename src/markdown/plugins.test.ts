import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins } from './plugins.ts';

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({ rehypePlugins, syntaxHighlight: false, smartypants: false });
  return (await processor.render(markdown)).code;
};

describe('content Markdown is sanitised', () => {
  it('drops scripts, event handlers and javascript: links', async () => {
    const html = await render([
      '段落<script>alert(1)</script>',
      '',
      '<img src="x.png" alt="图" onerror="alert(2)">',
      '',
      '[点我](javascript:alert(3)) <a href="javascript:alert(4)">链接</a>',
      '',
      '<iframe src="https://example.com"></iframe><div style="position:fixed" onclick="x()">块</div>',
    ].join('\n'));
    expect(html).not.toMatch(/<script|alert\(1\)|onerror|onclick|javascript:|<iframe|style=/i);
    expect(html).toContain('段落');
    expect(html).toContain('<img src="x.png" alt="图">');
    expect(html).toContain('块');
  });

  it('keeps what reports need: headings with ids, tables, lists, emphasis and ordinary links', async () => {
    const html = await render('## 一、总体情况\n\n| 项目 | 数量 |\n| --- | ---: |\n| 许可 | 57 |\n\n- **重点**\n\n[指南](/guide/) <sup>注</sup>');
    expect(html).toContain('<h2 id="一总体情况">一、总体情况</h2>');
    expect(html).toMatch(/<table>[\s\S]*<th>项目<\/th>[\s\S]*<td align="right">57<\/td>/);
    expect(html).toContain('<strong>重点</strong>');
    expect(html).toContain('<a href="/guide/">指南</a>');
    expect(html).toContain('<sup>注</sup>');
  });
});
