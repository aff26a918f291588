// getStaticPaths of the documents list's later pages (page/[n].astro beside the index and under each
// filter page): one per page after the first, from the counts the filters already carry.
import { getDocumentFacets, getDocuments } from '../../data/content.ts';
import type { FilterDimension, FilterValue } from '../../lib/document-filters.ts';
import { pageCount } from '../../lib/pagination.ts';

const later = (rows: number) => Array.from({ length: pageCount(rows) - 1 }, (_, at) => at + 2);

/** The unfiltered list's pages after the first. */
export async function laterIndexPages() {
  return later((await getDocuments()).length).map((current) => ({ params: { n: String(current) }, props: { current } }));
}

/** Each filter page's later pages, the filter's slug as the route parameter `param`. */
export function laterFilterPages(dimension: FilterDimension, param: string) {
  return async () =>
    (await getDocumentFacets())[dimension].flatMap((filter: FilterValue) =>
      later(filter.count).map((current) => ({ params: { [param]: filter.slug, n: String(current) }, props: { filter, current } })),
    );
}
