// Reading entries for pages. Pages ask here rather than calling getCollection themselves,
// so the disclosure rules and the sort orders live in one place.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildToday } from '../lib/dates.ts';
import { disclosureState } from '../lib/disclosure.ts';
import { POWER_TYPES } from '../schemas/fields.ts';
import { cleanupOutcome, computeValidity, replacementChain, type DatedDocument } from '../lib/validity.ts';
import { filingState, qualificationState, unitInGoodStanding } from '../lib/registry.ts';
import { documentFacets, type FilterableDocument } from '../lib/document-filters.ts';

/** The date the build treats as today (GONGKAI_TODAY overrides it for tests and previews). */
export const today = buildToday();

export async function getSite() {
  const entry = await getEntry('site', 'main');
  if (!entry) throw new Error('content/site.yaml 缺失');
  return entry.data;
}

export async function getDepartment() {
  const entry = await getEntry('department', 'main');
  if (!entry) throw new Error('content/department.yaml 缺失');
  return entry;
}

// One collator for every comparison: building one per call dominated sorting on large sites.
const codeCollator = new Intl.Collator('en', { numeric: true });
const byCode = <T extends { id: string }>(a: T, b: T) => codeCollator.compare(a.id, b.id);

/**
 * In a build the content does not change, so each list is read and sorted once; every caller gets
 * its own copy to filter or sort. In `astro dev` lists are read afresh, so edits show at once.
 */
const lists = new Map<string, Promise<unknown[]>>();
function cachedList<T>(key: string, load: () => Promise<T[]>): () => Promise<T[]> {
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
const newestFirst = <T extends { data: { publishDate: string } }>(a: T, b: T) => b.data.publishDate.localeCompare(a.data.publishDate);

const powerTypeOrder = (type: keyof typeof POWER_TYPES) => POWER_TYPES[type];

export const getPowers = cachedList('powers', async () =>
  (await getCollection('powers')).sort((a, b) => powerTypeOrder(a.data.type).localeCompare(powerTypeOrder(b.data.type)) || byCode(a, b)),
);
export const getResponsibilities = cachedList('responsibilities', async () => (await getCollection('responsibilities')).sort(byCode));
export const getServices = cachedList('services', async () => (await getCollection('services')).sort(byCode));
export const getSubjects = cachedList('subjects', async () => (await getCollection('subjects')).sort(byCode));
export const getOfficers = cachedList('officers', async () => (await getCollection('officers')).sort(byCode));
export const getEnforcementMatters = cachedList('enforcementMatters', async () => (await getCollection('enforcementMatters')).sort(byCode));
export const getInspectionItems = cachedList('inspectionItems', async () => (await getCollection('inspectionItems')).sort(byCode));
export const getInspectionPlans = cachedList('inspectionPlans', async () => (await getCollection('inspectionPlans')).sort((a, b) => b.data.year - a.data.year));
export const getPermits = cachedList('permits', async () => (await getCollection('permits')).sort((a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate)));
export const getRecordingItems = cachedList('recordingItems', async () => (await getCollection('recordingItems')).sort(byCode));
export const getLegalReviewItems = cachedList('legalReviewItems', async () => (await getCollection('legalReviewItems')).sort(byCode));
export const getEnforcementFlows = cachedList('enforcementFlows', async () => (await getCollection('enforcementFlows')).sort(byCode));
export const getDocumentTemplates = cachedList('documentTemplates', async () => (await getCollection('documentTemplates')).sort(byCode));
export const getEnforcementGuides = cachedList('enforcementGuides', async () => (await getCollection('enforcementGuides')).sort(byCode));
export const getLenientMeasures = cachedList('lenientMeasures', async () => (await getCollection('lenientMeasures')).sort(byCode));
export const getDiscretionStandards = cachedList('discretionStandards', async () => (await getCollection('discretionStandards')).sort(byCode));
/** The office's own enforcement subject: the enforcement lists show its 监督与救济 channels. */
export async function getOfficeSubject() {
  const [site, subjects] = await Promise.all([getSite(), getSubjects()]);
  const subject = subjects.find((s) => s.id === site.creditCode) ?? subjects[0];
  if (!subject) throw new Error('content/enforcement/subjects/ 中没有执法主体');
  return subject;
}
export const getReports = cachedList('reports', async () => (await getCollection('reports')).sort((a, b) => b.data.year - a.data.year || a.data.kind.localeCompare(b.data.kind)));

/** Penalty decisions in their disclosure period. Expired ones are left out entirely. */
export const getPublishedPenalties = cachedList('publishedPenalties', async () =>
  (await getCollection('penalties'))
    .filter((entry) => disclosureState(entry.data, today) === 'published')
    .sort((a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate)),
);

/** Withdrawn decisions keep their URL, which shows only the withdrawal notice. */
export async function getWithdrawnPenalties() {
  return (await getCollection('penalties')).filter((entry) => disclosureState(entry.data, today) === 'withdrawn');
}

export type Power = CollectionEntry<'powers'>;
export type Service = CollectionEntry<'services'>;

export { newestFirst, byCode };

/** Policy documents, newest first, each with its validity computed as of the build's today. */
export const getDocuments = cachedList('documents', async () =>
  (await getCollection('documents'))
    .sort((a, b) => b.data.publishDate.localeCompare(a.data.publishDate) || byCode(a, b))
    .map((entry) => ({ entry, validity: computeValidity(entry.data, today), year: entry.data.publishDate.slice(0, 4) })),
);
export type DocumentItem = Awaited<ReturnType<typeof getDocuments>>[number];

/** What the index filters on: the validity today, the year published and the topic. */
export const filterableDocument = (item: DocumentItem): FilterableDocument => ({ state: item.validity.state, year: item.year, topic: item.entry.data.topic });
export const getDocumentFacets = async () => documentFacets((await getDocuments()).map(filterableDocument));

export const getInterpretations = cachedList('interpretations', async () => (await getCollection('interpretations')).sort(newestFirst));
export const getCleanups = cachedList('cleanups', async () => (await getCollection('cleanups')).sort(newestFirst));

/**
 * Everything a document's page shows beside its text. Replacements, interpretations and clean-up
 * outcomes are all read from the other side of the link, so each relation is typed once.
 */
export async function getDocumentPages() {
  const [documents, interpretations, cleanups] = await Promise.all([getDocuments(), getInterpretations(), getCleanups()]);
  const byId = new Map(documents.map((item) => [item.entry.id, item]));
  const dated = new Map<string, DatedDocument>(documents.map((item) => [item.entry.id, item.entry.data]));
  return documents.map((item) => ({
    ...item,
    // The documents that replaced this one, up to the one in force now.
    replacements: replacementChain(item.entry.id, dated, today).flatMap((id) => byId.get(id) ?? []),
    replaces: documents.filter((other) => other.entry.data.validity.replacedBy === item.entry.id),
    interpretations: interpretations.filter((entry) => entry.data.document === item.entry.id),
    cleanups: cleanups
      .filter((entry) => entry.data.documents.includes(item.entry.id))
      .map((entry) => ({ entry, outcome: cleanupOutcome(item.entry.data, entry.data.effectiveDate) })),
  }));
}

/** A clean-up announcement's documents with what it concluded for each and their validity now. */
export async function getCleanupPages() {
  const [cleanups, documents] = await Promise.all([getCleanups(), getDocuments()]);
  const byId = new Map(documents.map((item) => [item.entry.id, item]));
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

/** The industry registry with each qualification's state as of today; units from elsewhere last. */
const nameCollator = new Intl.Collator('zh-CN');
export const getRegistry = cachedList('registry', async () =>
  (await getCollection('registry'))
    .sort((a, b) => Number(Boolean(a.data.filing)) - Number(Boolean(b.data.filing)) || nameCollator.compare(a.data.name, b.data.name))
    .map((entry) => ({
      entry,
      qualifications: entry.data.qualifications.map((q) => ({ ...q, state: qualificationState(q, today) })),
      filingState: entry.data.filing ? filingState(entry.data.filing, today) : undefined,
      inGoodStanding: unitInGoodStanding(entry.data, today),
    })),
);
export type RegistryItem = Awaited<ReturnType<typeof getRegistry>>[number];
