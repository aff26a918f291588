// A function of a text that remembers its answers for the texts used last: the search page reads
// the same page records again on every repeat of a search (a list page of a large site is a
// million characters), and re-reading them costs more than the rest of the search. What is kept
// is counted in characters of text, not in texts: a rare phrase's search reads twenty short pages,
// and a code's a couple of list pages.

/**
 * Characters of text whose answers each such function keeps: two list pages of a 10,000-entry site
 * (1.5 million characters each with Pagefind's word breaks). The texts are the page records the
 * search page holds anyway; the answers are about as long again (about 6 MB of two-byte text).
 */
export const RECENT_CHARACTERS = 3_000_000;

/**
 * `compute`, remembering the answers for the texts used last, up to `budget` characters of text in
 * all (the last text is always kept, however long).
 */
export function recent<T>(compute: (text: string) => T, budget = RECENT_CHARACTERS): (text: string) => T {
  const kept = new Map<string, T>();
  let characters = 0;
  return (text) => {
    const known = kept.get(text);
    if (known !== undefined || kept.has(text)) {
      // Most recently used last, so that the oldest is first to go.
      kept.delete(text);
      kept.set(text, known as T);
      return known as T;
    }
    const value = compute(text);
    kept.set(text, value);
    characters += text.length;
    while (characters > budget && kept.size > 1) {
      const oldest = kept.keys().next().value as string;
      kept.delete(oldest);
      characters -= oldest.length;
    }
    return value;
  };
}
