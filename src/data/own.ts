// A kind's own pages find their kind by their own address, as the records give it, so a page
// never spells its kind's key. The schema a page passes types its entries and must be its kind's:
// a page moved under another list's address fails the build instead of showing the wrong kind.
import type { GetStaticPathsOptions } from 'astro';
import type { z } from 'astro/zod';
import { getCollection, render } from 'astro:content';
import { listKeys, listKind, type ListKey } from '../kinds/index.ts';
import { entriesOf } from './content.ts';
import { longestFolder } from './address-prefix.ts';
import { numberedPages, pageOfRow, pagePath } from '../lib/pagination.ts';

/** An entry as pages read it, typed by its kind's schema. */
export interface KindEntry<S extends z.ZodType = z.ZodType> {
  id: string;
  collection: ListKey;
  data: z.output<S>;
  filePath?: string;
  body?: string;
  /** Markdown entries' rendered HTML. */
  rendered?: { html: string };
}

// List addresses end in "/": the longest one a path starts with is found folder by folder.
const byAddress = new Map(listKeys.map((key) => [listKind(key).url, key]));
/** The kind whose list address is the longest one the path starts with (/documents/cleanups/1/ → 清理结果). */
export function kindAt(path: string): ListKey {
  const page = `/${path.replace(/^\/+/, '')}`.replace(/\/?$/, '/');
  const found = longestFolder(byAddress, page);
  if (!found) throw new Error(`src/pages${page}：地址不在任何一类内容之下（见 src/kinds 中各记录的 url）`);
  return found;
}

function ownKind(path: string, schema: z.ZodType): ListKey {
  const key = kindAt(path);
  if (listKind(key).schema !== schema) throw new Error(`src/pages${path}：页面所用的模式不是“${listKind(key).label}”的模式`);
  return key;
}

/**
 * The published entries of the kind a page belongs to, in its record's order: by the page's URL,
 * or in getStaticPaths by its route pattern.
 */
export async function ownEntries<S extends z.ZodType>(page: URL | string, schema: S): Promise<KindEntry<S>[]> {
  return (await entriesOf(ownKind(typeof page === 'string' ? page : page.pathname, schema))) as KindEntry<S>[];
}

/** Every entry of the page's kind, published or not (a withdrawn decision keeps its page). */
export async function allOwnEntries<S extends z.ZodType>(page: URL | string, schema: S): Promise<KindEntry<S>[]> {
  return (await getCollection(ownKind(typeof page === 'string' ? page : page.pathname, schema))) as KindEntry<S>[];
}

/** getStaticPaths of a kind's own entry page: one page per published entry, the entry as `entry`. */
export function ownEntryPages<S extends z.ZodType>(schema: S) {
  return async ({ routePattern }: GetStaticPathsOptions) =>
    (await ownEntries(routePattern, schema)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** A Markdown entry's body, for entries typed by schema rather than by collection name. */
export const renderEntry = (entry: KindEntry) => render(entry as unknown as Parameters<typeof render>[0]);

/**
 * getStaticPaths of a kind's list pages after the first (page/[n].astro under the list's address):
 * its published entries in pages of PAGE_ROWS (src/lib/pagination.ts), each page's rows as `rows`.
 */
export function ownListPages<S extends z.ZodType>(schema: S) {
  return async ({ routePattern }: GetStaticPathsOptions) => {
    const pages = numberedPages(await ownEntries(routePattern, schema));
    return pages.slice(1).map((props) => ({ params: { n: String(props.page.current) }, props }));
  };
}

/**
 * ownEntryPages, each entry also with `listedAt`: the address of the page of its kind's list in
 * pages that shows its row (a link back to the row: the officer directory's #cert-<执法证号>).
 */
export function ownEntryPagesListed<S extends z.ZodType>(schema: S) {
  return async ({ routePattern }: GetStaticPathsOptions) => {
    const base = listKind(ownKind(routePattern, schema)).url;
    return (await ownEntries(routePattern, schema)).map((entry, row) => ({ params: { id: entry.id }, props: { entry, listedAt: pagePath(base, pageOfRow(row)) } }));
  };
}
