// Reading entries for pages. Pages ask here rather than calling getCollection themselves,
// so the disclosure rules and the sort orders live in one place.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildToday } from '../lib/dates.ts';
import { listKeys, listKind, type ListKey } from '../kinds/index.ts';
import { byCode, newestFirst } from '../kinds/sort.ts';
import { cleanupOutcome, computeValidity, replacementChain, type DatedDocument } from '../lib/validity.ts';
import { filingState, qualificationState, unitInGoodStanding } from '../lib/registry.ts';
import { documentFacets, type FilterableDocument } from '../lib/document-filters.ts';
import { setHolidayCalendar } from '../lib/working-days.ts';
import { cleanupSchema } from '../schemas/cleanups.ts';
import { DOCUMENT_KIND } from '../schemas/documents.ts';
import { interpretationSchema } from '../schemas/interpretations.ts';
import type { registrySchema } from '../schemas/registry.ts';
import type { KindEntry } from './own.ts';
import { referrers } from './refs.ts';
import { SUBJECT_KIND } from '../schemas/enforcement/subjects.ts';
import { perBuild } from './per-build.ts';

/** The date the build treats as today (GONGKAI_TODAY overrides it for tests and previews). */
export const today = buildToday();

// Every working-day count (答复期限, 撤回公示) uses the office's corrections in content/holidays.yaml.
setHolidayCalendar((await getEntry('holidays', 'main'))?.data);

const readSite = async () => {
  const entry = await getEntry('site', 'main');
  if (!entry) throw new Error('content/site.yaml 缺失');
  return entry.data;
};
type SiteData = Awaited<ReturnType<typeof readSite>>;
let site: Promise<SiteData> | undefined;

/** The office's settings: every page's head, header and footer read them, so a build reads them once. */
export function getSite(): Promise<SiteData> {
  if (!import.meta.env.PROD) return readSite();
  site ??= readSite();
  return site;
}

export async function getDepartment() {
  const entry = await getEntry('department', 'main');
  if (!entry) throw new Error('content/department.yaml 缺失');
  return entry;
}

/**
 * In a build the content does not change, so each list is read and sorted once; every caller gets
 * its own copy to filter or sort. In `astro dev` lists are read afresh, so edits show at once.
 */
const lists = new Map<string, Promise<unknown[]>>();
export function cachedList<T>(key: string, load: () => Promise<T[]>): () => Promise<T[]> {
  return async () => {
    if (!import.meta.env.PROD) return load();
    let list = lists.get(key) as Promise<T[]> | undefined;
    if (!list) {
      list = load();
      lists.set(key, list);
    }
    return [...(await list)];
  };
}

const comparators = { code: byCode, newest: newestFirst } as const;
const loaders = new Map<ListKey, () => Promise<unknown[]>>();

/** A kind's published entries in the record's order: what its list, exports, catalogue and site map show. */
export function entriesOf<K extends ListKey>(key: K): Promise<CollectionEntry<K>[]> {
  let load = loaders.get(key);
  if (!load) {
    const kind = listKind(key);
    const compare = typeof kind.sort === 'string' ? comparators[kind.sort] : kind.sort;
    load = cachedList(key, async () =>
      (await getCollection(key))
        .filter((entry) => !kind.published || kind.published(entry.data, today))
        .sort(compare as (a: unknown, b: unknown) => number),
    );
    loaders.set(key, load);
  }
  return load() as Promise<CollectionEntry<K>[]>;
}

/** Every entry's title by kind and code, for titles that name another entry (see RefTitle). */
const allTitles = cachedList('titles', async () => {
  const data = new Map(await Promise.all(listKeys.map(async (key) => [key, new Map((await getCollection(key)).map((e) => [e.id, e.data as unknown]))] as const)));
  const ref = (kind: string, id: string): string => {
    const found = data.get(kind as ListKey)?.get(id);
    return found === undefined ? id : listKind(kind as ListKey).title(found, ref);
  };
  return [ref];
});

/** An entry's title as its record gives it. */
export async function titleOf(key: ListKey, entry: { data: unknown }): Promise<string> {
  const [ref] = await allTitles();
  return listKind(key).title(entry.data, ref!);
}

/**
 * The enforcement subjects (执法主体): every enforcement page names its subject and shows its
 * 监督与救济 channels, so they are read here, by the key their schema exports.
 */
export const getSubjects = () => entriesOf(SUBJECT_KIND);

/**
 * A subject by its code (published or not, as references resolve), or undefined. Every decision's
 * page asks for its subject, and in a build each getEntry reads the collection's module again
 * (about 0.2 ms), so a build asks once per code.
 */
export const subjectByCode = perBuild((code: string) => code, (code) => getEntry(SUBJECT_KIND, code));

/** The office's own enforcement subject: the enforcement lists show its 监督与救济 channels. */
export async function getOfficeSubject() {
  const [site, subjects] = await Promise.all([getSite(), getSubjects()]);
  const subject = subjects.find((s) => s.id === site.creditCode) ?? subjects[0];
  if (!subject) throw new Error('content/enforcement/subjects/ 中没有执法主体');
  return subject;
}



/**
 * The enforcement flows that apply to each matter, in their list's order: those naming it and those
 * naming none (which apply to every matter). Grouped once per build, so a matter's page looks its
 * flows up instead of scanning the list.
 */
const flowGroups = cachedList('flowsByMatter', async () => {
  const flows = await entriesOf('enforcementFlows');
  const applies = (flow: (typeof flows)[number], matter?: string) => flow.data.matters.length === 0 || (matter !== undefined && flow.data.matters.includes(matter));
  const named = new Set(flows.flatMap((flow) => flow.data.matters));
  return [{ byMatter: new Map([...named].map((matter) => [matter, flows.filter((flow) => applies(flow, matter))])), everyMatter: flows.filter((flow) => applies(flow)) }];
});
export async function flowsOfMatter(matter: string) {
  const [groups] = await flowGroups();
  return groups!.byMatter.get(matter) ?? groups!.everyMatter;
}

/** Policy documents, newest first, each with its validity computed as of the build's today. */
export const getDocuments = cachedList('documentItems', async () =>
  (await entriesOf(DOCUMENT_KIND)).map((entry) => ({ entry, validity: computeValidity(entry.data, today), year: entry.data.publishDate.slice(0, 4) })),
);
export type DocumentItem = Awaited<ReturnType<typeof getDocuments>>[number];

const documentIndex = cachedList('documentIndex', async () => [new Map((await getDocuments()).map((item) => [item.entry.id, item]))]);
/** Published documents by code, built once per build (pages look one up, never scan the list). */
export const documentsById = async (): Promise<ReadonlyMap<string, DocumentItem>> => (await documentIndex())[0]!;

/** What the index filters on: the validity today, the year published and the topic. */
export const filterableDocument = (item: DocumentItem): FilterableDocument => ({ state: item.validity.state, year: item.year, topic: item.entry.data.topic });
export const getDocumentFacets = async () => documentFacets((await getDocuments()).map(filterableDocument));


/**
 * Everything a document's page shows beside its text. Replacements, interpretations and clean-up
 * outcomes are all read from the other side of the link, so each relation is typed once.
 */
export async function getDocumentPages() {
  const documents = await getDocuments();
  const byId = await documentsById();
  const dated = new Map<string, DatedDocument>(documents.map((item) => [item.entry.id, item.entry.data]));
  // Who replaced whom, grouped once (in list order) rather than by scanning the list for each document.
  // Grouped in one pass (copying a group's array for each document made this quadratic).
  const replacedBy = Map.groupBy(documents.filter((other) => other.entry.data.validity.replacedBy), (other) => other.entry.data.validity.replacedBy!);
  return Promise.all(documents.map(async (item) => ({
    ...item,
    // The documents that replaced this one, up to the one in force now.
    replacements: replacementChain(item.entry.id, dated, today).flatMap((id) => byId.get(id) ?? []),
    replaces: replacedBy.get(item.entry.id) ?? [],
    interpretations: await referrers(item.entry, interpretationSchema),
    cleanups: (await referrers(item.entry, cleanupSchema)).map((entry) => ({ entry, outcome: cleanupOutcome(item.entry.data, entry.data.effectiveDate) })),
  })));
}

/** Clean-up announcements, each with its documents, what it concluded for each and their validity now. */
export async function cleanupPages(cleanups: KindEntry<typeof cleanupSchema>[]) {
  const byId = await documentsById();
  return cleanups.map((entry) => ({
    entry,
    results: entry.data.documents.flatMap((id) => {
      const item = byId.get(id);
      if (!item) return [];
      const replacement = item.validity.replacedBy ? byId.get(item.validity.replacedBy) : undefined;
      return [{ ...item, outcome: cleanupOutcome(item.entry.data, entry.data.effectiveDate), replacement }];
    }),
  }));
}

/** The industry registry with each qualification's state as of today, in the record's order. */
export const registryItems = (units: KindEntry<typeof registrySchema>[]) =>
  units.map((entry) => ({
      entry,
      qualifications: entry.data.qualifications.map((q) => ({ ...q, state: qualificationState(q, today) })),
      filingState: entry.data.filing ? filingState(entry.data.filing, today) : undefined,
      inGoodStanding: unitInGoodStanding(entry.data, today),
    }));
export type RegistryItem = ReturnType<typeof registryItems>[number];
