// The rendered report body cut at its sections (二级标题), so that the page can place the
// 政府信息公开 statistical tables inside sections 二 to 四, set the office and date at the end
// apart as the signature, and list the headings as a table of contents.

export interface BodySection {
  /** The section's number (一, 二 …) when its heading starts with one. */
  number?: string;
  /** The section's HTML, its heading included. */
  html: string;
}

export interface SplitBody {
  /** What comes before the first section: the opening paragraphs. */
  preamble: string;
  sections: BodySection[];
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The text of a fragment of HTML. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, '')).trim();
}

/** Cut Markdown-rendered HTML before every <h2>. */
export function splitSections(html: string): SplitBody {
  const [preamble = '', ...parts] = html.split(/(?=<h2[\s>])/);
  return {
    preamble,
    sections: parts.map((part) => {
      const heading = /^<h2[^>]*>([\s\S]*?)<\/h2>/.exec(part);
      const number = heading ? /^([一二三四五六七八九十]{1,3})、/.exec(textOf(heading[1] as string))?.[1] : undefined;
      return number ? { number, html: part } : { html: part };
    }),
  };
}

export interface Signature {
  issuer: string;
  /** ISO date. */
  date: string;
  /** As written, e.g. 2026年2月24日. */
  text: string;
}

/** The office's name and the date as the body's last two paragraphs, taken out to be set as a signature. */
export function takeSignature(html: string): { html: string; signature?: Signature } {
  const match = /<p>([^<]{2,30})<\/p>\s*<p>((\d{4})年(\d{1,2})月(\d{1,2})日)<\/p>\s*$/.exec(html);
  if (!match) return { html };
  const [, issuer, text, year, month, day] = match as unknown as [string, string, string, string, string, string];
  if (/[，。；：]/.test(issuer)) return { html };
  return {
    html: html.slice(0, match.index).trimEnd() + '\n',
    signature: { issuer: decode(issuer), text, date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` },
  };
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Sections and their subsections; items (1. …) are left to the text, to keep the contents short. */
export function tableOfContents(headings: { depth: number; slug: string; text: string }[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3) {
      const parent = toc[toc.length - 1];
      const entry = { slug: heading.slug, text: heading.text, children: [] };
      if (parent) parent.children.push(entry);
      else toc.push(entry);
    }
  }
  return toc;
}

/**
 * Tables written in the Markdown (an imported report's, a 执法统计年报's) as the site draws tables:
 * inside a scrolling region a keyboard can reach, with column headers scoped. Each region is named
 * by the table's first header cells, since Markdown tables have no caption.
 */
export function wrapTables(html: string): string {
  let count = 0;
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (_, inner: string) => {
    count++;
    const headers = [...inner.matchAll(/<th(?=[\s>])[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1] as string)).filter(Boolean);
    const name = `正文表格${count}${headers.length > 0 ? `：${headers.slice(0, 3).join('、')}` : ''}`;
    // HTML has no align attribute any more; Markdown's column alignment becomes a class.
    const scoped = inner.replace(/<th(?=[\s>])(?![^>]*\bscope=)/g, '<th scope="col"').replace(/ align="(left|right|center)"/g, ' class="align-$1"');
    return `<div class="table-wrap" role="region" tabindex="0" aria-label="${name.replace(/"/g, '&quot;')}"><table>${scoped}</table></div>`;
  });
}
