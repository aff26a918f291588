// One search result as shown: the same for a page Pagefind found, a page of a precomputed list
// and a page whose fragment the search page loaded itself, so that the three look alike.
import { makeExcerpt, readableText, tidyExcerpt, tidyText, type QueryPlan } from '../search-query.ts';
import type { FragmentData, ResultView } from './format.ts';

/** The date pages without one carry for sorting; never shown. */
const UNDATED = '0000-00-00';
const PLAIN_EXCERPT = 80;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The start of a page's text, escaped: the excerpt when the query's words are not in it as typed. */
export function plainExcerpt(content: string): string {
  const text = readableText(content);
  return escapeHtml(text.length > PLAIN_EXCERPT ? `${text.slice(0, PLAIN_EXCERPT)}…` : text);
}

/**
 * A result's view. `pagefindExcerpt` is Pagefind's own excerpt where there is one (it marks
 * single characters wherever they occur); ours, around the query's words, is preferred.
 */
export function resultView(data: FragmentData, plan: QueryPlan, pagefindExcerpt?: string): ResultView {
  const title = tidyText(data.meta.title ?? data.url);
  const view: ResultView = { url: data.url, title, excerpt: '' };
  const kind = data.meta['类别'];
  if (kind) view.kind = kind;
  const validity = data.filters['有效性']?.[0];
  if (validity) view.validity = validity;
  const date = data.meta.date;
  if (date && date !== UNDATED) view.date = date;
  view.excerpt = ownExcerpt(data, plan) ?? (pagefindExcerpt === undefined ? plainExcerpt(data.content) : tidyExcerpt(pagefindExcerpt));
  return view;
}

/** Our excerpt around the query's words, when the page's text has them as typed; null otherwise. */
export function ownExcerpt(data: FragmentData, plan: QueryPlan): string | null {
  return (plan.ranked && makeExcerpt(data.content, plan, tidyText(data.meta.title ?? data.url))) || null;
}
