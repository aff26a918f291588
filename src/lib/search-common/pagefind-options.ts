// Pagefind's options, in a module of their own so that the home page's inlined warm-up script can
// share them with the search page (src/lib/search-run.ts) without bundling the search itself.

/**
 * Pagefind's options wherever the site searches (the page, the home page's warm-up, and the
 * build's ready answers). No web worker: it would download Pagefind's code a second time, and
 * searches are short. The date and kind are metadata for display, not for ranking.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 40, ranking: { metaWeights: { date: 0, 类别: 0, kind: 0, weight: 0 } } };
