// Reading entries for pages. Pages ask here rather than calling getCollection themselves,
// so the disclosure rules and the sort orders live in one place.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildToday } from '../lib/dates.ts';
import { disclosureState } from '../lib/disclosure.ts';
import { POWER_TYPES } from '../schemas/fields.ts';

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

const byCode = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en', { numeric: true });
const newestFirst = <T extends { data: { publishDate: string } }>(a: T, b: T) => b.data.publishDate.localeCompare(a.data.publishDate);

const powerTypeOrder = (type: keyof typeof POWER_TYPES) => POWER_TYPES[type];

export async function getPowers() {
  return (await getCollection('powers')).sort((a, b) => powerTypeOrder(a.data.type).localeCompare(powerTypeOrder(b.data.type)) || byCode(a, b));
}
export const getResponsibilities = async () => (await getCollection('responsibilities')).sort(byCode);
export const getServices = async () => (await getCollection('services')).sort(byCode);
export const getSubjects = async () => (await getCollection('subjects')).sort(byCode);
export const getOfficers = async () => (await getCollection('officers')).sort(byCode);
export const getEnforcementMatters = async () => (await getCollection('enforcementMatters')).sort(byCode);
export const getInspectionItems = async () => (await getCollection('inspectionItems')).sort(byCode);
export const getInspectionPlans = async () => (await getCollection('inspectionPlans')).sort((a, b) => b.data.year - a.data.year);
export const getPermits = async () => (await getCollection('permits')).sort((a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate));
export const getReports = async () => (await getCollection('reports')).sort((a, b) => b.data.year - a.data.year || a.data.kind.localeCompare(b.data.kind));

/** Penalty decisions in their disclosure period. Expired ones are left out entirely. */
export async function getPublishedPenalties() {
  return (await getCollection('penalties'))
    .filter((entry) => disclosureState(entry.data, today) === 'published')
    .sort((a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate));
}

/** Withdrawn decisions keep their URL, which shows only the withdrawal notice. */
export async function getWithdrawnPenalties() {
  return (await getCollection('penalties')).filter((entry) => disclosureState(entry.data, today) === 'withdrawn');
}

export type Power = CollectionEntry<'powers'>;
export type Service = CollectionEntry<'services'>;

/** Everything with catalogue dates, newest first: the home page's 最新更新. */
export async function getLatestUpdates(limit: number) {
  const [powers, services, reports, penalties, permits, plans] = await Promise.all([
    getPowers(), getServices(), getReports(), getPublishedPenalties(), getPermits(), getInspectionPlans(),
  ]);
  const items = [
    ...powers.map((e) => ({ kind: 'powers' as const, id: e.id, title: e.data.name, date: e.data.updateDate })),
    ...services.map((e) => ({ kind: 'services' as const, id: e.id, title: e.data.name, date: e.data.updateDate })),
    ...reports.map((e) => ({ kind: 'reports' as const, id: e.id, title: e.data.title, date: e.data.updateDate })),
    ...penalties.map((e) => ({ kind: 'penalties' as const, id: e.id, title: `${e.data.party.name}行政处罚决定`, date: e.data.updateDate })),
    ...permits.map((e) => ({ kind: 'permits' as const, id: e.id, title: `${e.data.party.name}${e.data.documentName}`, date: e.data.updateDate })),
    ...plans.map((e) => ({ kind: 'inspectionPlans' as const, id: e.id, title: e.data.title, date: e.data.updateDate })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).slice(0, limit);
}

export { newestFirst, byCode };
