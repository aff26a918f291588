// The 信息公开目录: every published item with its 索引号, name, summary and dates, newest first.
// The catalogue page, the home page's latest updates, the RSS feed and the sitemap's lastmod
// all read this one list. A kind joins the catalogue by adding a source below.
import type { CollectionEntry } from 'astro:content';
import { contentKinds, type KindName } from '../schemas/index.ts';
import { entryPath } from '../lib/routes.ts';
import {
  getPowers, getResponsibilities, getServices, getSubjects, getOfficers, getEnforcementMatters,
  getInspectionItems, getInspectionPlans, getPublishedPenalties, getPermits, getReports,
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

interface Source<E extends Cataloguable> {
  kind: Exclude<KindName, 'site' | 'department'>;
  load: () => Promise<E[]>;
  title: (entry: E) => string | Promise<string>;
}

const source = <E extends Cataloguable>(s: Source<E>) => s;

const powerName = async (id: string) => (await getPowers()).find((p) => p.id === id)?.data.name ?? id;

const sources = [
  source({ kind: 'services', load: getServices, title: (e) => e.data.name }),
  source({ kind: 'powers', load: getPowers, title: (e) => e.data.name }),
  source({ kind: 'responsibilities', load: getResponsibilities, title: async (e: CollectionEntry<'responsibilities'>) => `${await powerName(e.data.power)}责任清单` }),
  source({ kind: 'subjects', load: getSubjects, title: (e) => e.data.name }),
  source({ kind: 'officers', load: getOfficers, title: (e) => `执法人员 ${e.data.name}（${e.data.certNo}）` }),
  source({ kind: 'enforcementMatters', load: getEnforcementMatters, title: (e) => e.data.name }),
  source({ kind: 'inspectionItems', load: getInspectionItems, title: (e) => (e.data.subItem ? `${e.data.item}（${e.data.subItem}）` : e.data.item) }),
  source({ kind: 'inspectionPlans', load: getInspectionPlans, title: (e) => e.data.title }),
  source({ kind: 'penalties', load: getPublishedPenalties, title: (e) => `${e.data.party.name}行政处罚决定（${e.data.decisionNo}）` }),
  source({ kind: 'permits', load: getPermits, title: (e) => `${e.data.party.name}${e.data.documentName}（${e.data.decisionNo}）` }),
  source({ kind: 'reports', load: getReports, title: (e) => e.data.title }),
];

export async function getCatalogue(): Promise<CatalogueItem[]> {
  const lists = await Promise.all(
    sources.map(async (s: Source<Cataloguable>) =>
      Promise.all(
        (await s.load()).map(async (entry) => ({
          kind: s.kind,
          kindLabel: contentKinds[s.kind].label,
          title: await s.title(entry),
          url: entryPath(s.kind, entry.id),
          indexNo: entry.data.indexNo,
          summary: entry.data.summary,
          publishDate: entry.data.publishDate,
          updateDate: entry.data.updateDate,
        })),
      ),
    ),
  );
  return lists.flat().sort((a, b) => b.updateDate.localeCompare(a.updateDate) || a.indexNo.localeCompare(b.indexNo));
}
