// The search page before Pagefind is there. A small inline script of the search page's own (so
// hashed for the CSP, and run as soon as the page is parsed, usually before its first paint), so
// that the query, the filter panel, the status line and the room the results will take are on
// screen at once and nothing moves when the results arrive. search-page.ts does the searching.
// Self-contained on purpose (its imports are small and bundled in): a shared module would turn it
// into a file to fetch.
import { fetchAhead } from './pagefind-ahead.ts';
import { inflatePagefindNatively } from './pagefind-inflate.ts';

const page = document.getElementById('search-page');

if (page) {
  const params = new URLSearchParams(location.search);
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const options = document.getElementById('search-options') as HTMLDetailsElement | null;
  const status = document.getElementById('search-status');
  /** Filter parameters in the address (search-query.ts FILTERS), other than the query and the sort. */
  const filtered = [...params].some(([name, value]) => name !== 'q' && name !== 'sort' && value.trim() !== '');
  const query = (params.get('q') ?? '').trim();

  if (input) input.value = params.get('q') ?? '';
  if (options) {
    options.hidden = false;
    // On a phone the filters stay folded unless some are in use.
    if (filtered || matchMedia('(min-width: 40rem)').matches) options.open = true;
  }
  // Before search-page.ts asks Pagefind for anything (see pagefind-inflate.ts).
  inflatePagefindNatively();
  if (query || filtered) {
    // Cleared by search-page.ts once the outcome is shown (see .searching in search.astro).
    page.classList.add('searching');
    if (status) status.textContent = '正在搜索…';
    void fetchAhead(query, !filtered && params.get('sort') !== 'date').catch(() => undefined);
  }
}
