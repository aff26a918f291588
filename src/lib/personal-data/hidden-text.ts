// Text a reader does not see on the page but anyone sees in the page's source or in the content
// folder (published as the site's source): HTML comments (<!-- … -->) and the values of HTML
// attributes (title, alt, href="tel:…"). The reader's view (normalise.ts) drops both with their
// markup, so they are scanned on their own, each at its place in the text.

export interface HiddenSegment {
  /** Offset of the segment in the text (UTF-16 code units). */
  start: number;
  text: string;
}

const COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
const TAG = /<[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)\/?>/g;
const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** The comments' and attribute values' texts in `text`, in order; none when it holds no markup. */
export function hiddenSegments(text: string): HiddenSegment[] {
  if (!text.includes('<')) return [];
  const segments: HiddenSegment[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const inner = match[1] ?? '';
    if (inner.trim()) segments.push({ start: match.index + 4, text: inner });
  }
  const inComment = (at: number) => segments.some((segment) => at >= segment.start && at < segment.start + segment.text.length);
  for (const match of text.matchAll(TAG)) {
    if (inComment(match.index)) continue; // scanned with its comment
    const attributes = match[1] ?? '';
    const attributesStart = match.index + match[0].indexOf(attributes);
    for (const value of attributes.matchAll(ATTRIBUTE_VALUE)) {
      const inner = value[1] ?? value[2] ?? value[3] ?? '';
      if (!inner.trim()) continue;
      segments.push({ start: attributesStart + value.index + value[0].length - inner.length - (value[3] === undefined ? 1 : 0), text: inner });
    }
  }
  return segments.sort((a, b) => a.start - b.start);
}
