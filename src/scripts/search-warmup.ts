// The header's search box on the home page, where most searches start: once it has focus, the
// manifest of ready answers is fetched, and when typing pauses, the answer's list when the words
// so far have one, else Pagefind, the index chunks and the first results' data for them, so that
// the search page finds them in the browser's cache after the form is sent. Nothing is fetched for visitors who never use the box. Other pages stay without script
// (the service-guide budget). Small and self-contained, so the home page inlines it.
import { commonList, commonManifest, phraseKey } from '../lib/search-common/client.ts';
import { PAGEFIND_OPTIONS } from '../lib/search-common/pagefind-options.ts';
import { pagefindEntry } from './pagefind-entry.ts';

/** How long typing must pause before the words so far are fetched ahead. */
const PAUSE_MS = 300;
/** As many results as the search page reorders and shows first (search-page.ts PAGE_SIZE). */
const FIRST_RESULTS = 20;

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<unknown>;
  search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

const box = document.getElementById('site-search-q') as HTMLInputElement | null;

function warmWhileTyping(input: HTMLInputElement): void {
  // Whether the search page can answer from a ready list (src/lib/search-common/): the manifest
  // first, and Pagefind only once a query needs it.
  void commonManifest();
  let loaded: Promise<Pagefind> | undefined;
  const pagefindLoaded = (): Promise<Pagefind> => {
    loaded ??= (async () => {
      const path = '/pagefind/pagefind.js';
      // The search page reads the index's size from the entry as well.
      void pagefindEntry().catch(() => undefined);
      const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      // The search page's own options, so that the two can never drift apart.
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.filters();
      return pagefind;
    })();
    return loaded;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warmed = '';
  const warm = async () => {
    // Characters apart, as search-query.ts asks the index for Chinese text.
    const words = input.value.trim().replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ');
    if (!words || words === warmed) return;
    warmed = words;
    // The results page itself, at the address the form will send to (kept by the browser for
    // a few minutes whatever the server's caching rules).
    const link = Object.assign(document.createElement('link'), { rel: 'prefetch', href: `/search/?${new URLSearchParams({ q: input.value })}` });
    document.head.append(link);
    if (await commonList(phraseKey(input.value))) return;
    const pagefind = await pagefindLoaded();
    await pagefind.preload(words);
    const found = await pagefind.search(words);
    await Promise.all(found.results.slice(0, FIRST_RESULTS).map((result) => result.data()));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // A failure only means that the search page fetches for itself.
    timer = setTimeout(() => void warm().catch(() => undefined), PAUSE_MS);
  });
  void warm().catch(() => undefined);
}

if (box && location.pathname !== '/search/') box.addEventListener('focus', () => warmWhileTyping(box), { once: true });

// A module, so that its names stay its own.
export {};
