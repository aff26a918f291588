// The 信息公开目录: every published item with its 索引号, name, summary and dates, newest first.
// The catalogue page, the home page's latest updates, the RSS feed and the sitemap's lastmod
// all read this one list. A kind joins the catalogue by adding a source below.
import type { CollectionEntry } from 'astro:content';
import { contentKinds, type KindName } from '../schemas/index.ts';
import { entryPath } from '../lib/routes.ts';
import {
  getPowers, getResponsibilities, getServices, getSubjects, getOfficers, getEnforcementMatters,
  getInspectionItems, getInspectionPlans, getPublishedPenalties, getPermits, getReports,
  getDocuments, getInterpretations, getCleanups, getRegistry,
  getRecordingItems, getLegalReviewItems, getEnforcementFlows, getDocumentTemplates, getEnforcementGuides,
  getLenientMeasures, getDiscretionStandards,
} from './content.ts';

export interface CatalogueItem {
  kind: string;
  /** Chinese name of the kind (服务指南, 权力清单 …). */
  kindLabel: string;
  title: string;
  url: string;
  indexNo: string;
  summary?: string;
  publishDate: string;
  updateDate: string;
}

type Cataloguable = { id: string; data: { indexNo: string; publishDate: string; updateDate: string; summary?: string } };
type RoutedKind = Exclude<KindName, 'site' | 'department'>;

/** One kind's published entries as catalogue items. */
function source<E extends Cataloguable>(kind: RoutedKind, load: () => Promise<E[]>, title: (entry: E) => string | Promise<string>) {
  return async (): Promise<CatalogueItem[]> =>
    Promise.all(
      (await load()).map(async (entry) => ({
        kind,
        kindLabel: contentKinds[kind].label,
        title: await title(entry),
        url: entryPath(kind, entry.id),
        indexNo: entry.data.indexNo,
        summary: entry.data.summary,
        publishDate: entry.data.publishDate,
        updateDate: entry.data.updateDate,
      })),
    );
}

const powerName = async (id: string) => (await getPowers()).find((p) => p.id === id)?.data.name ?? id;

const sources = [
  source('services', getServices, (e) => e.data.name),
  source('powers', getPowers, (e) => e.data.name),
  source('responsibilities', getResponsibilities, async (e: CollectionEntry<'responsibilities'>) => `${await powerName(e.data.power)}责任清单`),
  source('subjects', getSubjects, (e) => e.data.name),
  source('officers', getOfficers, (e) => `执法人员 ${e.data.name}（${e.data.certNo}）`),
  source('enforcementMatters', getEnforcementMatters, (e) => e.data.name),
  source('inspectionItems', getInspectionItems, (e) => (e.data.subItem ? `${e.data.item}（${e.data.subItem}）` : e.data.item)),
  source('inspectionPlans', getInspectionPlans, (e) => e.data.title),
  source('penalties', getPublishedPenalties, (e) => `${e.data.party.name}行政处罚决定（${e.data.decisionNo}）`),
  source('permits', getPermits, (e) => `${e.data.party.name}${e.data.documentName}（${e.data.decisionNo}）`),
  source('reports', getReports, (e) => e.data.title),
  source('documents', async () => (await getDocuments()).map((d) => d.entry), (e) => e.data.title),
  source('interpretations', getInterpretations, (e) => e.data.title),
  source('cleanups', getCleanups, (e) => e.data.title),
  source('registry', async () => (await getRegistry()).map((u) => u.entry), (e) => e.data.name),
  source('recordingItems', getRecordingItems, (e) => `音像记录事项：${e.data.name}`),
  source('legalReviewItems', getLegalReviewItems, (e) => `重大执法决定法制审核事项：${e.data.name}`),
  source('enforcementFlows', getEnforcementFlows, (e) => e.data.title),
  source('documentTemplates', getDocumentTemplates, (e) => `文书样本：${e.data.name}`),
  source('enforcementGuides', getEnforcementGuides, (e) => e.data.title),
  source('lenientMeasures', getLenientMeasures, (e) => `${e.data.list}：${e.data.violation}`),
  source('discretionStandards', getDiscretionStandards, (e) => `行政裁量权基准：${e.data.violation}`),
];

export async function getCatalogue(): Promise<CatalogueItem[]> {
  const lists = await Promise.all(sources.map((load) => load()));
  return lists.flat().sort((a, b) => b.updateDate.localeCompare(a.updateDate) || a.indexNo.localeCompare(b.indexNo));
}
