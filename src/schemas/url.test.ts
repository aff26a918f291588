// The one URL field type: every address published as a link is http(s) as written, whatever
// trick is used to smuggle another scheme past a parser or a browser.
import { describe, expect, it } from 'vitest';
import { url, webAddressProblem } from './fields.ts';
import { kinds as contentKinds } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';

const SCHEME = '应为以 http:// 或 https:// 开头的网址';

const good = [
  'https://rfb.example.gov.cn',
  'http://rfb.example.gov.cn/',
  'https://www.example.gov.cn/col/col123/index.html',
  'https://zwfw.example.gov.cn/item?id=RF-XK-001&from=gongkai#apply',
  'HTTPS://WWW.EXAMPLE.GOV.CN/',
  'https://example.gov.cn:8443/path',
  'https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D',
  'https://政务服务.中国/事项/人防',
  'https://example.gov.cn/a%20b',
  'http://192.0.2.10/gongkai/',
];

const bad: [value: string, message: string][] = [
  ['javascript:alert(1)', SCHEME],
  ['JAVASCRIPT:alert(1)', SCHEME],
  ['JaVaScRiPt:alert(document.cookie)', SCHEME],
  ['java\tscript:alert(1)', '应为不含空格或不可见字符（第 5 个字符是 U+0009）、以 http:// 或 https:// 开头的网址'],
  ['java\nscript:alert(1)', '应为不含空格或不可见字符（第 5 个字符是 U+000A）、以 http:// 或 https:// 开头的网址'],
  [' javascript:alert(1)', '应为不含空格或不可见字符（第 1 个字符是 U+0020）、以 http:// 或 https:// 开头的网址'],
  [' https://example.gov.cn', '应为不含空格或不可见字符（第 1 个字符是 U+0020）、以 http:// 或 https:// 开头的网址'],
  ['\u0001https://example.gov.cn', '应为不含空格或不可见字符（第 1 个字符是 U+0001）、以 http:// 或 https:// 开头的网址'],
  ['https://example.gov.cn\u200b', '应为不含空格或不可见字符（第 23 个字符是 U+200B）、以 http:// 或 https:// 开头的网址'],
  ['https://exam ple.gov.cn', '应为不含空格或不可见字符（第 13 个字符是 U+0020）、以 http:// 或 https:// 开头的网址'],
  ['https://example.gov.cn\u3000', '应为不含空格或不可见字符（第 23 个字符是 U+3000）、以 http:// 或 https:// 开头的网址'],
  ['&#106;avascript:alert(1)', SCHEME],
  ['javascript&colon;alert(1)', SCHEME],
  ['&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)', SCHEME],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', SCHEME],
  ['vbscript:msgbox(1)', SCHEME],
  ['file:///etc/passwd', SCHEME],
  ['ftp://example.gov.cn/', SCHEME],
  ['//evil.example/', SCHEME],
  ['/services/', SCHEME],
  ['example.gov.cn', SCHEME],
  ['https:/example.gov.cn', SCHEME],
  ['https:example.gov.cn', SCHEME],
  ['https:\\\\evil.example', SCHEME],
  ['https:///evil.example', SCHEME],
  ['https://\\evil.example', SCHEME],
  ['mailto:office@example.gov.cn', SCHEME],
  ['tel:0999-10000000', SCHEME],
  ['https://example.gov.cn/"><script>alert(1)</script>', `${SCHEME}，不含引号、尖括号、反斜杠等字符`],
  ['https://example.gov.cn/\\evil', `${SCHEME}，不含引号、尖括号、反斜杠等字符`],
  ['https://example.gov.cn@evil.example/', `${SCHEME}，域名前不能有“用户名@”`],
  ['https://user:pass@example.gov.cn/', `${SCHEME}，域名前不能有“用户名@”`],
  ['https://localhost/', `${SCHEME}，含完整域名，如 https://www.example.gov.cn`],
  ['https://exa%mple.gov.cn', SCHEME],
  ['https://example.gov.cn，手机13912345678', `${SCHEME}，域名只含文字、数字、“.”和“-”`],
  ['https://example.gov.cn;evil/', `${SCHEME}，域名只含文字、数字、“.”和“-”`],
];

describe('url(): http and https only, exactly as written', () => {
  it('has at least 25 cases of each kind and of both together', () => {
    expect(good.length + bad.length).toBeGreaterThanOrEqual(25);
    expect(bad.length).toBeGreaterThanOrEqual(25);
  });

  it.each(good)('accepts %j unchanged', (value) => {
    expect(webAddressProblem(value)).toBeUndefined();
    expect(url().parse(value)).toBe(value);
  });

  it.each(bad)('refuses %j', (value, message) => {
    expect(webAddressProblem(value)).toBe(message);
    const result = url().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('refuses what is not text, with the same expectation', () => {
    for (const value of [42, null, new Date(0), ['https://example.gov.cn']]) {
      expect(url().safeParse(value).error?.issues[0]?.message).toBe(SCHEME);
    }
  });
});

describe('url({ https: true }): the site’s own address and the editor’s platform', () => {
  const HTTPS = '应为以 https:// 开头的网址（本网站和网页编辑器平台的地址须使用加密连接）';

  it.each(['https://rfb.example.gov.cn', 'HTTPS://git.example.gov.cn/api/v4', 'https://政务服务.中国/'])('accepts %j', (value) => {
    expect(url({ https: true }).parse(value)).toBe(value);
  });

  it.each([
    ['http://rfb.example.gov.cn', HTTPS],
    ['HTTP://git.example.gov.cn/', HTTPS],
    // Other faults keep their own message: the scheme is not the first thing wrong with them.
    ['javascript:alert(1)', SCHEME],
    ['http://www.gov.cn@evil.example/', `${SCHEME}，域名前不能有“用户名@”`],
  ])('refuses %j', (value, message) => {
    expect(webAddressProblem(value, { https: true })).toBe(message);
    expect(url({ https: true }).safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('is the type of the site’s address and of every address of the editor’s platform', () => {
    type Node = { properties?: Record<string, Node>; anyOf?: Node[]; 'x-pattern'?: [string, string] };
    const site = jsonSchemaOf(contentKinds.site!.schema) as Node;
    const cms = (site.properties?.cms?.anyOf?.find((branch) => branch.properties) ?? site.properties?.cms) as Node;
    const patterns = [site.properties?.siteUrl, cms.properties?.baseUrl, cms.properties?.apiRoot, cms.properties?.authUrl].map((node) => (node?.anyOf?.find((branch) => branch['x-pattern']) ?? node)?.['x-pattern']?.[1]);
    expect(patterns).toEqual([HTTPS, HTTPS, HTTPS, HTTPS]);
    // Links to other sites may still be plain http: many offices’ sites are.
    expect((site.properties?.errorReportUrl?.['x-pattern'] ?? [])[1]).toBe(SCHEME);
  });
});

const LOOK_ALIKE = `${SCHEME}，域名的每一段只用英文字母、数字和“-”，或只用汉字（如 政务服务.中国），不混用形似英文字母的其他文字`;

describe('url(): host names that look like another', () => {
  it.each([
    'https://www.gоv.cn/', // Cyrillic о
    'https://www.gοv.cn/', // Greek ο
    'https://www.xn--gv-jmc.cn/', // the Cyrillic one in punycode
    'https://ｗｗｗ.gov.cn/', // full-width letters, which the parser folds to ASCII
    'https://政务服务gov.中国/', // Chinese and Latin in one label
  ])('refuses %j', (value) => {
    expect(webAddressProblem(value)).toBe(LOOK_ALIKE);
  });

  it.each(['https://www.gov.cn.evil.example/', 'https://gov.cn.example.com/', 'https://A.GOV.CN.example.com./'])('refuses %j, which borrows gov.cn in the middle', (value) => {
    expect(webAddressProblem(value)).toBe(`${SCHEME}，域名中间含“gov.cn”却不以它结尾，不是政府网站的域名`);
  });

  it.each(['https://政务服务.中国/', 'https://www.xn--fiqs8s.cn/', 'https://bszs.conac.cn/', 'http://192.0.2.10/', 'https://www.gov.cn./', 'https://zwfw.example.gov.cn/'])('accepts %j', (value) => {
    expect(webAddressProblem(value)).toBeUndefined();
  });
});

describe('every URL-like field of every kind is the url() type', () => {
  // Every field whose key or Chinese label says it holds a web address, in every kind's schema.
  type Node = { properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; title?: string; 'x-url'?: boolean };
  const walk = (node: Node, path: string, visit: (path: string, key: string, node: Node) => void): void => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      visit(`${path}.${key}`, key, child);
      walk(child, `${path}.${key}`, visit);
    }
    for (const child of node.anyOf ?? []) walk(child, path, visit);
    if (node.items) walk(node.items, `${path}[]`, visit);
  };
  const urlLike: string[] = [];
  const typed: string[] = [];
  for (const [kind, { schema }] of Object.entries(contentKinds)) {
    walk(jsonSchemaOf(schema) as Node, kind, (path, key, node) => {
      const variants = [node, ...(node.anyOf ?? [])];
      if (/url|href|link|website|site$/i.test(key) || /网址|网站|网办|网上|链接|平台地址/.test(node.title ?? '')) urlLike.push(path);
      if (variants.some((variant) => variant['x-url'])) typed.push(path);
    });
  }

  it('finds the known ones: the site’s addresses, the editor’s platform, a subject’s 网上申请地址, a guide’s 网办地址', () => {
    expect(typed.sort()).toEqual([
      'apply.online.url',
      'article20.items[].publishedIn[].url',
      'consultations.respond.onlineUrl',
      'services.onlineUrl',
      'site.cms.apiRoot',
      'site.cms.authUrl',
      'site.cms.baseUrl',
      'site.conacUrl',
      'site.errorReportUrl',
      'site.siteUrl',
      'subjects.remedies.review.url',
    ]);
  });

  it('leaves no URL-like field as plain text', () => {
    // The detector sees the typed ones too, so it is looking in the right places.
    expect(urlLike).toEqual(expect.arrayContaining(typed));
    // 网站标识码 is a code and the 党政机关网站标识 image a file, not addresses.
    expect(urlLike.filter((path) => !typed.includes(path) && path !== 'site.siteIdCode' && path !== 'site.conacBadge')).toEqual([]);
  });
});
