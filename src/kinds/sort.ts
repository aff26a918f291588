// Orders the records use. One collator for every comparison: building one per call dominated
// sorting on large sites.
const codeCollator = new Intl.Collator('en', { numeric: true });
const nameCollator = new Intl.Collator('zh-CN');

export const byCode = <T extends { id: string }>(a: T, b: T) => codeCollator.compare(a.id, b.id);
export const byName = (a: string, b: string) => nameCollator.compare(a, b);
/** Newest publishDate first; the code breaks ties so the order never depends on the file system. */
export const newestFirst = <T extends { id: string; data: { publishDate: string } }>(a: T, b: T) =>
  b.data.publishDate.localeCompare(a.data.publishDate) || byCode(a, b);
