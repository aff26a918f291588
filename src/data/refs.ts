// Following references between entries without naming the other kind: a reference field's schema
// says which kind it points to (x-ref), so a page passes the entry and the field. Entries are looked
// up in one index per build, by kind and code, never by scanning a list on each page.
import { getCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { listKeys, listKind, type ListKey } from '../kinds/index.ts';
import { collectMarked, jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { requireFieldShape } from '../lib/field-shape.ts';
import { cachedList, entriesOf, titleOf } from './content.ts';
import type { KindEntry } from './own.ts';
import { entryPath } from './routes.ts';

/** An entry with its address and its title as its record gives them. */
export type Linked<S extends z.ZodType = z.ZodType> = KindEntry<S> & { href: string; title: string };

/** The address of an entry's page, from the kind it carries. */
export const hrefOf = (entry: { collection: string; id: string }) => entryPath(entry.collection as ListKey, entry.id);

/** Every entry, published or not (as getEntry reads them), by kind and code: built once per build. */
const everyEntry = cachedList('entryIndex', async () => [
  new Map(await Promise.all(listKeys.map(async (key) => [key, new Map((await getCollection(key)).map((entry) => [entry.id, entry as KindEntry]))] as const))),
]);

const valueAt = (data: unknown, path: string) =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

function targetOf(from: ListKey, path: string): ListKey {
  const shape = requireFieldShape(jsonSchemaOf(listKind(from).schema), path, `src/kinds 中 ${from} 的字段`);
  if (shape.shape !== 'ref' && shape.shape !== 'refs') throw new Error(`src/kinds 中 ${from} 的字段“${path}”不是对另一条目的引用（x-ref）`);
  return shape.kind as ListKey;
}

/** Published entries (as lists show them) by kind and code: built once per build. */
const publishedEntry = cachedList('publishedIndex', async () => [
  new Map(await Promise.all(listKeys.map(async (key) => [key, new Map(((await entriesOf(key)) as KindEntry[]).map((entry) => [entry.id, entry]))] as const))),
]);

/**
 * A published entry of a kind named by its key (as a schema's x-ref names it), with its address
 * and title, or undefined when the kind has no list or no such published entry.
 */
export function publishedLink(kind: string, id: string): Promise<Linked | undefined> {
  const key = `${kind}/${id}`;
  let link = import.meta.env.PROD ? publishedLinks.get(key) : undefined;
  if (!link) {
    link = (async () => {
      const [index] = await publishedEntry();
      const entry = index!.get(kind as ListKey)?.get(id);
      return entry && { ...entry, href: entryPath(kind as ListKey, id), title: await titleOf(kind as ListKey, entry) };
    })();
    if (import.meta.env.PROD) publishedLinks.set(key, link);
  }
  return link;
}
// Many pages link the same few entries (their subject, their service guide): each link is made once.
const publishedLinks = new Map<string, Promise<Linked | undefined>>();

/** A linked entry by kind and code, or undefined when there is none. */
async function linked(key: ListKey, id: string): Promise<Linked | undefined> {
  const [index] = await everyEntry();
  const entry = index!.get(key)?.get(id);
  return entry && { ...entry, href: entryPath(key, id), title: await titleOf(key, entry) };
}

/**
 * The entry that `code`, held in a reference field of `from` (a dotted path; inside lists too, as
 * "results.item"), points to, or undefined when the code is unknown. With the target's schema,
 * its data is typed by it (and a schema of another kind fails the build).
 */
export async function lookUp<S extends z.ZodType = z.ZodType>(from: { collection: string }, path: string, code: string, schema?: S): Promise<Linked<S> | undefined> {
  const target = targetOf(from.collection as ListKey, path);
  if (schema && listKind(target).schema !== schema) throw new Error(`${from.collection}.${path}：给出的模式不是“${listKind(target).label}”的模式`);
  return (await linked(target, code)) as Linked<S> | undefined;
}

/** The entry a reference field of `from` points to, or undefined when the field is empty or the code unknown. */
export async function follow<S extends z.ZodType = z.ZodType>(from: { collection: string; data: unknown }, path: string, schema?: S): Promise<Linked<S> | undefined> {
  const code = valueAt(from.data, path);
  if (typeof code === 'string') return lookUp(from, path, code, schema);
  targetOf(from.collection as ListKey, path); // a misspelt field fails even where it is empty
  return undefined;
}

/** Published entries by the kind and code they refer to, each list in its kind's order: built once per build. */
const referrerIndex = cachedList('referrerIndex', async () => {
  const index = new Map<string, Map<ListKey, KindEntry[]>>();
  for (const key of listKeys) {
    const schema = jsonSchemaOf(listKind(key).schema);
    for (const entry of (await entriesOf(key)) as KindEntry[]) {
      const targets = new Set(collectMarked(schema, entry.data, 'x-ref').map(({ target, value }) => `${target}/${value}`));
      // Added in place: copying a list for each referrer made this quadratic (every decision names its subject).
      for (const target of targets) {
        let byKind = index.get(target);
        if (!byKind) index.set(target, (byKind = new Map<ListKey, KindEntry[]>()));
        const list = byKind.get(key);
        if (list) list.push(entry);
        else byKind.set(key, [entry]);
      }
    }
  }
  return [index];
});

/**
 * The published entries of one shape (given by its schema, which must be one kind's) that refer
 * to `to` in any of their reference fields, in their list's order.
 */
export async function referrers<S extends z.ZodType>(to: { collection: string; id: string }, schema: S): Promise<KindEntry<S>[]> {
  const [index] = await referrerIndex();
  return (index!.get(`${to.collection}/${to.id}`)?.get(kindOf(schema)) ?? []) as KindEntry<S>[];
}

/** The one kind whose entries have this schema (for a link to its list); two kinds sharing it is an error. */
const kindsOfSchema = new Map<z.ZodType, ListKey[]>();
for (const key of listKeys) kindsOfSchema.set(listKind(key).schema, [...(kindsOfSchema.get(listKind(key).schema) ?? []), key]);
export function kindOf(schema: z.ZodType): ListKey {
  const found = kindsOfSchema.get(schema) ?? [];
  if (found.length !== 1) throw new Error(`src/kinds：给出的模式属于 ${found.length} 类内容，应恰好属于一类`);
  return found[0]!;
}
