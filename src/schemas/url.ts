// What an address must be to be published as a link: in a URL field (webAddressProblem, http and
// https only) and in a Markdown body (bodyLinkProblem, also mailto:, tel: and the site's own pages).
// Both judge the text exactly as written and again as a browser would read it (decoded, full-width
// letters folded), so no spelling of another scheme gets past one reading and live in the other.
// Parsing is WHATWG URL's (node:url) and zod's e-mail check; the rules here only say what is allowed.
import { domainToUnicode } from 'node:url';
import { z } from 'astro/zod';

export const WEB_ADDRESS = '应为以 http:// 或 https:// 开头的网址';

/** What a link in a Markdown body may be, for the expectation of every problem about one. */
export const BODY_LINK = '以 http:// 或 https:// 开头的网址、mailto: 加邮箱、tel: 加电话号码，或本站页面、附件的地址（如 /services/）';

/** Spaces, line breaks, control and format (zero-width, direction) characters. */
const HIDDEN = /[\s\p{Cc}\p{Cf}\u2028\u2029]/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A host label a reader can trust: plain ASCII letters, digits and "-" (www, gov, xn--…), or Chinese
 * characters with digits and "-" (政务服务, 中国). A label that mixes in letters of other scripts
 * (Cyrillic "о", Greek "ο", full-width "ｇ") only serves to look like a name it is not.
 */
const TRUSTED_LABEL = /^(?:[A-Za-z0-9-]+|[\p{Script=Han}0-9-]+)$/u;

/**
 * Loopback, private, link-local and unspecified addresses (as the WHATWG parser writes them, so
 * "http://0x7f.1" and "http://[::1]" are caught too): a page of the public site cannot lead there.
 */
function isPrivateHost(hostname: string): boolean {
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(hostname);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (hostname.startsWith('[')) return /^\[(::1?|f[cd][0-9a-f]*:.*|fe[89ab][0-9a-f]*:.*|::ffff:.*)\]$/i.test(hostname);
  return false;
}

/** For the site's own address and the editor's platform: pages, feeds and sign-in travel over them. */
export const HTTPS_ONLY = '应为以 https:// 开头的网址（本网站和网页编辑器平台的地址须使用加密连接）';

/**
 * The Chinese message for a value that is not a safe web address, or undefined when it is one.
 * `https` refuses http:// as well.
 */
export function webAddressProblem(value: string, options: { https?: boolean } = {}): string | undefined {
  // Spaces, tabs, line breaks, zero-width and other invisible characters anywhere: browsers
  // drop some of them, so what a reader sees would not be what is checked.
  const hidden = HIDDEN.exec(value);
  if (hidden) return `应为不含空格或不可见字符（第 ${hidden.index + 1} 个字符是 ${codePoint(hidden[0])}）、以 http:// 或 https:// 开头的网址`;
  // Exactly "http://" or "https://" as written (any case), before any parsing: "//host",
  // "https:/host", "https:\\host" and entity-encoded schemes never get this far.
  if (!/^https?:\/\/[^/\\]/i.test(value)) return WEB_ADDRESS;
  // Characters a URL never needs, which only serve to break out of an attribute or confuse parsers.
  if (/["'<>\\`^{|}]/.test(value)) return `${WEB_ADDRESS}，不含引号、尖括号、反斜杠等字符`;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return WEB_ADDRESS;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return WEB_ADDRESS;
  // "https://gov.cn@evil.example" leads to evil.example: a reader would be misled.
  if (parsed.username || parsed.password) return `${WEB_ADDRESS}，域名前不能有“用户名@”`;
  // The parser turns any text before the first "/" into a host name ("example.gov.cn，手机…" becomes
  // punycode): the host as written may hold only letters, digits, dots, dashes and a port.
  const host = value.replace(/^https?:\/\//i, '').split(/[/?#]/)[0] ?? '';
  if (!/^[\p{L}\p{N}\p{M}.-]+(?::\d{1,5})?$/u.test(host)) return `${WEB_ADDRESS}，域名只含文字、数字、“.”和“-”`;
  if (!parsed.hostname.includes('.')) return `${WEB_ADDRESS}，含完整域名，如 https://www.example.gov.cn`;
  // Look-alikes of a real name: each label as written, and as the browser shows it (punycode
  // "xn--" decoded), is plain ASCII or Chinese, never a mix with letters of another script.
  const written = host.replace(/:\d+$/, '').split('.');
  const shown = domainToUnicode(parsed.hostname);
  if (!shown || ![...written, ...shown.split('.')].every((part) => part === '' || TRUSTED_LABEL.test(part))) {
    return `${WEB_ADDRESS}，域名的每一段只用英文字母、数字和“-”，或只用汉字（如 政务服务.中国），不混用形似英文字母的其他文字`;
  }
  // "www.gov.cn.example.com" belongs to example.com, not to gov.cn: a government suffix in the middle only misleads.
  if (/(?:^|\.)gov\.cn\./i.test(shown.replace(/\.$/, ''))) return `${WEB_ADDRESS}，域名中间含“gov.cn”却不以它结尾，不是政府网站的域名`;
  if (isPrivateHost(parsed.hostname)) return `${WEB_ADDRESS}，不能是内网或本机地址（公众无法访问）`;
  if (options.https && parsed.protocol !== 'https:') return HTTPS_ONLY;
  return undefined;
}

const isDecodable = (value: string) => {
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};

/** A scheme ("https:", "mailto:", "javascript:") at the start of an address, as written. */
export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Built once: a body may hold many mailto: links and the check runs on every body. */
const EMAIL = z.email();

/** mailto: one or more office addresses (zod's e-mail check), with an optional ?subject=…. */
function mailProblem(value: string): string | undefined {
  const [to = '', query] = value.slice('mailto:'.length).split(/\?(.*)/s);
  const addresses = (isDecodable(to) ? decodeURIComponent(to) : to).split(',');
  if (to === '' || !addresses.every((address) => EMAIL.safeParse(address).success)) return '“mailto:”后应为电子邮箱地址，如 mailto:office@example.gov.cn';
  if (query !== undefined && !/^[^?#]*$/.test(query)) return '“mailto:”后应为电子邮箱地址，可加 ?subject=主题';
  return undefined;
}

/** tel: a number as dialled (digits, a leading "+", "-" "." "(" ")" between), with an optional extension. */
function telProblem(value: string): string | undefined {
  if (/^tel:\+?[0-9]([0-9().-]*[0-9])?(;ext=[0-9]+)?$/i.test(value) && value.replace(/\D/g, '').length >= 3) return undefined;
  return '“tel:”后应为电话号码，只含数字和“-”，如 tel:0999-12345678、tel:12345';
}

/**
 * The Chinese message for a link written in a Markdown body (a link, an image, a reference
 * definition, an autolink or an HTML attribute, as the Markdown parser hands it over: character
 * references already decoded), or undefined when it may be published. A relative address is left
 * to the rule that checks it leads to a page of the site.
 */
export function bodyLinkProblem(value: string): string | undefined {
  if (value === '') return undefined;
  const hidden = HIDDEN.exec(value);
  if (hidden) return `含空格或不可见字符（第 ${hidden.index + 1} 个字符是 ${codePoint(hidden[0])}）`;
  // A backslash is a "/" to browsers ("\\evil.example", "https:\\evil.example", "/\evil.example").
  if (value.includes('\\')) return '含反斜杠“\\”';
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    return webAddressProblem(value);
  }
  if (scheme === 'mailto') return mailProblem(value);
  if (scheme === 'tel') return telProblem(value);
  if (scheme) return `以“${scheme}:”开头，网页上只能链接网址、邮箱、电话和本站页面`;
  // "//evil.example" leaves the site while looking like a path of it.
  if (value.startsWith('//')) return '以“//”开头，会指向其他网站';
  // A path of this site is UTF-8 (a web address elsewhere may carry, say, a GBK query string).
  const badEscape = /%(?![0-9a-f]{2})/i.exec(value) ?? (isDecodable(value) ? null : /%/.exec(value));
  if (badEscape) return `含无效的百分号编码（第 ${badEscape.index + 1} 个字符起）`;
  // What a browser or a reader might still take for a scheme: percent-encoded, with invisible
  // characters encoded, or in full-width letters ("ｊａｖａｓｃｒｉｐｔ：").
  const read = decodeURIComponent(value).normalize('NFKC');
  const readHidden = /[\p{Cc}\p{Cf}\u2028\u2029]/u.exec(read);
  if (readHidden) return `含编码后的不可见字符（${codePoint(readHidden[0])}）`;
  const disguised = SCHEME.exec(read.replace(/\s/g, ''))?.[1];
  if (disguised) return `是变形的“${disguised.toLowerCase()}:”开头（全角字母或百分号编码），网页上只能链接网址、邮箱、电话和本站页面`;
  if (/^[/\\]{2}/.test(read)) return '以变形的“//”开头，会指向其他网站';
  return undefined;
}

/** What an image in a Markdown body may show, for the expectation of every problem about one. */
export const BODY_IMAGE = '本站的图片文件地址，如 /files/栏目/files/图片.png';

/**
 * An image in a body: a link that may be published (bodyLinkProblem) and a file of this site, since
 * the pages' Content-Security-Policy (img-src 'self') would not load one from elsewhere.
 */
export function bodyImageProblem(value: string): string | undefined {
  const problem = bodyLinkProblem(value);
  if (problem) return problem;
  if (SCHEME.test(value)) return '图片只能用本站的文件（网页的安全策略不加载其他网站的图片）';
  return undefined;
}

/**
 * Link text that reads as a web address ("www.gov.cn", "https://www.gov.cn/…") while the link
 * leads to another host: what a reader sees is not where the link goes. undefined when the text
 * names no address, or names the host the link leads to (or a domain above it).
 */
export function misleadingLinkText(text: string, href: string): string | undefined {
  const shown = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|中国|公司|网络)\b)/i.exec(text.normalize('NFKC'))?.[1]?.toLowerCase();
  if (!shown || !/^https?:/i.test(href)) return undefined;
  let host: string;
  try {
    host = new URL(href).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const bare = (name: string) => name.replace(/^www\./, '');
  if (host === shown || bare(host) === bare(shown) || host.endsWith(`.${bare(shown)}`)) return undefined;
  return `链接文字显示的是“${shown}”，实际指向“${host}”`;
}
