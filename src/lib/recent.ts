// A function of a text that remembers its last few answers: the search page reads the same long
// page records again on every repeat of a search (a list page of a large site is a million
// characters), and re-reading them costs more than the rest of the search.

/** `compute`, remembering the answers for the last `size` texts (by identity of value). */
export function recent<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
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
    if (kept.size > size) kept.delete(kept.keys().next().value as string);
    return value;
  };
}
