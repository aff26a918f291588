// Every record's search standing can be handed to the search page as data (src/data/search-rank-rules.ts).
import { describe, expect, it } from 'vitest';
import { rankRulesData, rankRulesOf } from '../lib/search-rules.ts';
import type { RankRules } from '../lib/search-rank.ts';
import { kinds } from './index.ts';

describe('search standing in the kind records', () => {
  const standings: RankRules['kinds'] = {};
  for (const [key, record] of Object.entries(kinds)) if (record.search) standings[key] = record.search;
  it('serialises every record’s questions (no regular expression with flags)', () => {
    const data = rankRulesData({ kinds: standings, officeNames: [] });
    expect(rankRulesData(rankRulesOf(data))).toEqual(data);
  });
  it('declares what the kinds people ask about stand for', () => {
    const data = rankRulesData({ kinds: standings, officeNames: [] });
    // A service guide answers; a power, its responsibilities and the annual reports are background.
    expect(data.kinds.services?.weight).toBeGreaterThan(0);
    for (const key of ['powers', 'responsibilities', 'reports', 'department']) expect(data.kinds[key]?.weight).toBeLessThan(0);
    for (const key of ['leaders', 'officers', 'subjects', 'orgUnits', 'fees', 'discretionStandards', 'lenientMeasures', 'department']) expect(data.kinds[key]?.answers?.length).toBeGreaterThan(0);
  });
});
