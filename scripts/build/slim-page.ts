// Cuts a built page down to what Pagefind reads from it, so that the indexer is handed a few KB
// instead of the whole page (header, footer, head with its CSP and meta tags). Everything Pagefind
// uses on this site is inside the one element marked data-pagefind-body (BaseLayout's
// <div class="page">: content, filters, meta, sort, weights), plus <html lang>, which decides how
// Pagefind segments the text. Pagefind ignores everything outside a data-pagefind-body element
// once one exists on the page, so the slim page indexes exactly as the full one.

/** A start or end tag, with quoted attribute values that may contain ">". */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
/** Elements whose content is text, not markup: a "<div" inside them is no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements that never have an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Tag {
  start: number;
  end: number;
  closing: boolean;
  name: string;
  attributes: string;
}

/** The tags of `html` in order, skipping comments, doctypes and the text of raw-text elements. */
function* tags(html: string): Generator<Tag> {
  let at = 0;
  while (true) {
    const open = html.indexOf('<', at);
    if (open === -1) return;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close === -1) return;
      at = close + 3;
      continue;
    }
    TAG.lastIndex = open;
    const match = TAG.exec(html);
    if (!match) {
      // "<" in text, or <!doctype …>: not an element.
      at = open + 1;
      continue;
    }
    const name = (match[2] ?? '').toLowerCase();
    const tag: Tag = { start: open, end: TAG.lastIndex, closing: match[1] === '/', name, attributes: match[3] ?? '' };
    yield tag;
    at = tag.end;
    if (!tag.closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = at;
      at = close.exec(html)?.index ?? html.length;
    }
  }
}

const BODY_ATTRIBUTE = /(?:^|\s)data-pagefind-body(?=[\s=/]|$)/;
const LANG = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * The page reduced to `<html lang=…><body>` + its data-pagefind-body element, or undefined when
 * the page has none (it is not indexed). Throws when the element is not closed, as a page cut
 * short would be indexed wrongly.
 */
export function slimPageForIndex(html: string): string | undefined {
  let lang: string | undefined;
  let body: Tag | undefined;
  let depth = 0;
  for (const tag of tags(html)) {
    if (!body) {
      if (tag.closing) continue;
      if (tag.name === 'html' && lang === undefined) {
        const found = LANG.exec(tag.attributes);
        lang = found ? (found[1] ?? found[2] ?? found[3] ?? '') : '';
      } else if (BODY_ATTRIBUTE.test(tag.attributes)) {
        body = tag;
        depth = 1;
        if (VOID.has(tag.name) || tag.attributes.trimEnd().endsWith('/')) return wrap(lang, html.slice(tag.start, tag.end));
      }
      continue;
    }
    if (tag.name !== body.name) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return wrap(lang, html.slice(body.start, tag.end));
  }
  if (body) throw new Error(`data-pagefind-body 所在的 <${body.name}> 元素没有结束标签`);
  return undefined;
}

function wrap(lang: string | undefined, element: string): string {
  const html = lang ? `<html lang="${lang}">` : '<html>';
  return `<!doctype html>${html}<head></head><body>${element}</body></html>`;
}
