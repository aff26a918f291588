import { expect, it } from 'vitest';
import { documentFacets, filterPath, matchesFilter, type FilterableDocument } from './document-filters.ts';

const docs: FilterableDocument[] = [
  { state: '有效', year: '2025', topic: '行政执法' },
  { state: '有效', year: '2024', topic: '人防工程建设' },
  { state: '废止', year: '2025', topic: '人防工程建设' },
  { state: '已修订', year: '2019', topic: '人防工程建设' },
];

it('counts every filter value, listing all four validity states', () => {
  expect(documentFacets(docs)).toEqual({
    validity: [
      { dimension: 'validity', value: '有效', slug: 'valid', count: 2 },
      { dimension: 'validity', value: '失效', slug: 'expired', count: 0 },
      { dimension: 'validity', value: '废止', slug: 'repealed', count: 1 },
      { dimension: 'validity', value: '已修订', slug: 'revised', count: 1 },
    ],
    year: [
      { dimension: 'year', value: '2025', slug: '2025', count: 2 },
      { dimension: 'year', value: '2024', slug: '2024', count: 1 },
      { dimension: 'year', value: '2019', slug: '2019', count: 1 },
    ],
    topic: [
      { dimension: 'topic', value: '人防工程建设', slug: '人防工程建设', count: 3 },
      { dimension: 'topic', value: '行政执法', slug: '行政执法', count: 1 },
    ],
  });
});

it('gives each value an address and selects its documents', () => {
  expect(filterPath({ dimension: 'validity', slug: 'repealed' })).toBe('/documents/validity/repealed/');
  expect(filterPath({ dimension: 'topic', slug: '行政执法' })).toBe('/documents/topic/%E8%A1%8C%E6%94%BF%E6%89%A7%E6%B3%95/');
  expect(docs.filter((doc) => matchesFilter(doc, { dimension: 'year', value: '2025' })).map((doc) => doc.state)).toEqual(['有效', '废止']);
});
