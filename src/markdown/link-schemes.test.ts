// Links in Markdown bodies are not URL fields: they go through the sanitiser (plugins.ts), which
// keeps only http, https, mailto (and GitHub's irc/xmpp) and relative addresses. Every trick below loses its link.
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins } from './plugins.ts';

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({ rehypePlugins, syntaxHighlight: false, smartypants: false });
  return (await processor.render(markdown)).code;
};

/** Every href and src left in the HTML. */
const addresses = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]);

describe('links in Markdown bodies', () => {
  const hostile = [
    '[点我](javascript:alert(1))',
    '[点我](JAVASCRIPT:alert(1))',
    '[点我](java%09script:alert(1))',
    '[点我](&#106;avascript:alert(1))',
    '[点我](javascript&colon;alert(1))',
    '[点我](<javascript:alert(1)>)',
    '[点我][ref]\n\n[ref]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[点我](vbscript:msgbox(1))',
    '[点我](file:///etc/passwd)',
    '![图](javascript:alert(1))',
    '<a href="java&#x09;script:alert(1)">点我</a>',
    '<a href=" javascript:alert(1)">点我</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">点我</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="图">',
    '<a href="vbscript:msgbox(1)">点我</a>',
  ];

  it.each(hostile)('drop the address of %j', async (markdown) => {
    const html = await render(markdown);
    const left = addresses(html).filter((address) => !/^(https?:|mailto:|\/|#|[a-z0-9._-]+(\/|$))/i.test(address ?? ''));
    expect(left).toEqual([]);
    // The words may stay as text ("<javascript:…>" becomes a link-less <a>), never as an address or handler.
    expect(html).not.toMatch(/(?:href|src)="[^"]*(?:script|data|file):|onload=/i);
  });

  it('keep web, mail and site links', async () => {
    const html = await render('[网办](https://zwfw.example.gov.cn/item?id=1&x=2) [邮件](mailto:office@example.gov.cn) [指南](/guide/) [表](files/form.pdf)');
    expect(addresses(html)).toEqual(['https://zwfw.example.gov.cn/item?id=1&#x26;x=2', 'mailto:office@example.gov.cn', '/guide/', 'files/form.pdf']);
  });
});
