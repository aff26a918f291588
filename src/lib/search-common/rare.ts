// A rare phrase's answer on a large site, made in the browser as the build makes a common phrase's
// list (build.ts): the code index names the few pages that hold every two characters of the phrase
// in a row (codes-client.ts), their records tell which hold the phrase itself and where, and the
// list is ordered and its first page reordered as the search page orders Pagefind's results. So a
// name or a place on a handful of pages is found without Pagefind, whose exact search of a
// one-word-per-character index walks every page of each of its characters.
import type { RankRules } from '../search-rank.ts';
import { phraseList, type CommonPhraseList, type IndexedPage } from './build.ts';
import type { FragmentData } from './format.ts';
import { wordString } from './phrases.ts';
import { recent } from '../recent.ts';

/** wordString of the pages read last: a repeated search reads the same pages (recent.ts). */
const pageWords = recent(wordString);

/**
 * The list for `phrase`, written in each of `forms` (its spellings, as the search takes them),
 * from the candidates of each form in index order; null when no candidate holds any form (the
 * search then asks Pagefind, which tries looser phrases).
 */
export async function rarePhraseList(phrase: string, forms: readonly string[], candidates: readonly (readonly string[])[], load: (id: string) => Promise<FragmentData>, rules: RankRules): Promise<CommonPhraseList | null> {
  const ids = [...new Set(candidates.flat())];
  const records = await Promise.all(ids.map(load));
  const pages: IndexedPage[] = ids.map((id, at) => ({ id, data: records[at] as FragmentData }));
  const words = records.map((data) => pageWords(data.content));
  const pageOf = new Map(ids.map((id, at) => [id, at]));
  // Each form's pages in index order, then the next form's not already found, as Pagefind's
  // exact searches of the spellings are put together (search-run.ts).
  const seen = new Set<number>();
  const hits: { page: number; at: number }[] = [];
  for (const [index, form] of forms.entries()) {
    for (const id of candidates[index] ?? []) {
      const page = pageOf.get(id) as number;
      const at = (words[page] as string).indexOf(form);
      if (at >= 0 && !seen.has(page)) {
        seen.add(page);
        hits.push({ page, at });
      }
    }
  }
  if (hits.length === 0) return null;
  return phraseList(phrase, pages, hits, async (page) => page.data, rules);
}
