// When the search page may answer from a precomputed list instead of asking Pagefind.
import type { QueryPlan, SortOrder } from '../search-query.ts';
import { isPhrase } from './phrases.ts';

/**
 * The phrase to look up in the manifest: a query that is one run of Chinese characters, with no
 * filter and in order of relevance (the lists hold that order and no other); null otherwise.
 */
export function commonPhraseOf(plan: QueryPlan, filtered: boolean, sort: SortOrder): string | null {
  if (filtered || sort !== 'relevance' || plan.exact || plan.alnum || plan.phrases.length !== 1) return null;
  return isPhrase(plan.text) ? plan.text : null;
}
