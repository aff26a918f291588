// The search page's ranking rules (src/lib/search-rank.ts), made at build time from what declares
// them: each kind record's search standing and the office's names in content/site.yaml. The search
// page carries them as data (src/pages/search.astro), and the build's ready answers read them there.
import { kinds } from '../kinds/index.ts';
import type { RankRules } from '../lib/search-rank.ts';
import { rankRulesData, type RankRulesData } from '../lib/search-rules.ts';
import { getSite } from './content.ts';

export async function searchRankRules(): Promise<RankRulesData> {
  const site = await getSite();
  const standings: RankRules['kinds'] = {};
  for (const [key, record] of Object.entries(kinds)) if (record.search) standings[key] = record.search;
  // A title may start with the office's full name or its region's (示例市…办法): longest first.
  const officeNames = [...new Set([site.name, site.region])].filter(Boolean).sort((a, b) => b.length - a.length);
  return rankRulesData({ kinds: standings, officeNames });
}
