// What BaseLayout tells Pagefind about an indexed page: its filters, metadata, sort key and
// the codes people paste into search.
import { codeTokens } from './search-query.ts';

export type SearchFilterValue = string | number | (string | number)[] | undefined;

export interface SearchAttributes {
  /** data-pagefind-filter values, "name:value", one element each. */
  filters: string[];
  /** data-pagefind-meta values, "key:value", one element each (Pagefind reads one inline value per attribute). */
  meta: string[];
  /** data-pagefind-sort value. */
  sort: string;
  /** Codes as written and as search tokens (see codeTokens), for the codes paragraph. */
  codes: string[];
}

/** Filter names whose values are bodies (实施主体 for powers and services, 执法主体 for enforcement). */
const SUBJECT_FILTERS = ['实施主体', '执法主体'];
/** The one filter they become, which the search page offers. */
export const SUBJECT_FILTER = '主体';
/**
 * Sort key for pages without a publication date (指南 and the like): sorted newest-first they
 * come last; Pagefind would otherwise leave pages without a sort key out of sorted results.
 */
export const UNDATED = '0000-00-00';

/**
 * What a page stands for in search ranking (search-rank.ts): the kind it belongs to, by its
 * record's key, whose standing the search page has from the build; or, for a page of no kind, its
 * own places gained (positive) or lost.
 */
export type SearchStanding = { kind: string } | { weight: number };
/** The Pagefind metadata that carry it. */
export const KIND_META = 'kind';
export const WEIGHT_META = 'weight';

export function searchAttributes(
  kind: string,
  date: string | undefined,
  filters: Record<string, SearchFilterValue>,
  codes: (string | undefined)[],
  standing?: SearchStanding,
): SearchAttributes {
  const filterValues = [`类别:${kind}`];
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      // One filter for both kinds of body: the search page offers them as one, and each filter
      // costs every first search a download proportional to the number of pages.
      filterValues.push(`${SUBJECT_FILTERS.includes(name) ? SUBJECT_FILTER : name}:${item}`);
    }
  }
  const written = codes.filter((code): code is string => Boolean(code?.trim())).map((code) => code.trim());
  return {
    filters: [...new Set(filterValues)],
    meta: [
      `类别:${kind}`,
      ...(date ? [`date:${date}`] : []),
      ...(standing ? ['kind' in standing ? `${KIND_META}:${standing.kind}` : `${WEIGHT_META}:${standing.weight}`] : []),
    ],
    sort: `date:${date ?? UNDATED}`,
    codes: [...new Set(written.flatMap((code) => [code, codeTokens(code)]))],
  };
}
