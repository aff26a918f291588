// The filters of the documents index (有效性, 发布年份, 主题分类): one static page per value, so
// they work without JavaScript, each with the number of documents it holds.
import { VALIDITY_STATES, type ValidityState } from './validity.ts';

export const VALIDITY_SLUGS: Record<ValidityState, string> = { 有效: 'valid', 失效: 'expired', 废止: 'repealed', 已修订: 'revised' };

export type FilterDimension = 'validity' | 'year' | 'topic';

export const DIMENSION_LABELS: Record<FilterDimension, string> = { validity: '有效性', year: '发布年份', topic: '主题分类' };

export interface FilterableDocument {
  state: ValidityState;
  /** Year of 发布日期. */
  year: string;
  topic: string;
}

export interface FilterValue {
  dimension: FilterDimension;
  /** What readers see: 有效, 2025, 人防工程建设. */
  value: string;
  /** The last segment of the filter's address. */
  slug: string;
  count: number;
}

export function valueOf(doc: FilterableDocument, dimension: FilterDimension): string {
  return dimension === 'validity' ? doc.state : dimension === 'year' ? doc.year : doc.topic;
}

function tally(docs: readonly FilterableDocument[], dimension: FilterDimension): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) counts.set(valueOf(doc, dimension), (counts.get(valueOf(doc, dimension)) ?? 0) + 1);
  return counts;
}

/**
 * Every filter value with its count. All four validity states are always listed (a state with no
 * document keeps its address and says so); years newest first; topics by size, then by name.
 */
export function documentFacets(docs: readonly FilterableDocument[]): Record<FilterDimension, FilterValue[]> {
  const validity = tally(docs, 'validity');
  const years = tally(docs, 'year');
  const topics = tally(docs, 'topic');
  return {
    validity: VALIDITY_STATES.map((state) => ({ dimension: 'validity', value: state, slug: VALIDITY_SLUGS[state], count: validity.get(state) ?? 0 })),
    year: [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, count]) => ({ dimension: 'year', value: year, slug: year, count })),
    topic: [...topics]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'zh-CN'))
      .map(([topic, count]) => ({ dimension: 'topic', value: topic, slug: topic, count })),
  };
}

/** The address of one filter page. Topics are the office's own words, so they are percent-encoded. */
export function filterPath(filter: Pick<FilterValue, 'dimension' | 'slug'>): string {
  return `/documents/${filter.dimension}/${encodeURIComponent(filter.slug)}/`;
}

export function matchesFilter(doc: FilterableDocument, filter: Pick<FilterValue, 'dimension' | 'value'>): boolean {
  return valueOf(doc, filter.dimension) === filter.value;
}
