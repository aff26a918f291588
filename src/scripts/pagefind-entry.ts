// Pagefind's entry file (pagefind-entry.json, preloaded by the search page): which index a page
// searches and how many pages it holds. Read once per script that needs it.

export interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

let loaded: Promise<PagefindEntry> | undefined;

export function pagefindEntry(): Promise<PagefindEntry> {
  loaded ??= fetch('/pagefind/pagefind-entry.json').then(async (response) => (await response.json()) as PagefindEntry);
  return loaded;
}

/** The index a page searches: its own language's, else the largest, as Pagefind chooses. */
export function ownIndex(entry: PagefindEntry): { hash: string; page_count: number } | undefined {
  return entry.languages[document.documentElement.lang.toLowerCase()] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** Pages in the index, all languages together. */
export function indexedPages(entry: PagefindEntry): number {
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
