// The open-data sets: every list also as CSV and JSON, from the same entries the pages show
// (penalty decisions only while they are published). Columns come from the kind's schema.
import { contentKinds, type KindName } from '../schemas/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { columnsOf, type Column } from '../lib/export/columns.ts';
import { listPath } from '../lib/routes.ts';
import {
  getPowers, getResponsibilities, getServices, getSubjects, getOfficers, getEnforcementMatters,
  getInspectionItems, getInspectionPlans, getPublishedPenalties, getPermits, getReports,
} from './content.ts';
import { getRecordingItems, getLegalReviewItems, getEnforcementFlows, getDocumentTemplates, getLenientMeasures, getDiscretionStandards } from './content.ts';

type ExportedKind = Exclude<KindName, 'site' | 'department'>;

export interface Dataset {
  /** File name without extension: /data/<slug>.csv and /data/<slug>.json */
  slug: string;
  kind: ExportedKind;
  label: string;
  listPath: string;
  columns: Column[];
  load: () => Promise<{ id: string; data: unknown }[]>;
}

const dataset = (slug: string, kind: ExportedKind, load: Dataset['load']): Dataset => ({
  slug,
  kind,
  label: contentKinds[kind].label,
  listPath: listPath(kind),
  columns: columnsOf(jsonSchemaOf(contentKinds[kind].schema)),
  load,
});

export const datasets: Dataset[] = [
  dataset('powers', 'powers', getPowers),
  dataset('responsibilities', 'responsibilities', getResponsibilities),
  dataset('services', 'services', getServices),
  dataset('subjects', 'subjects', getSubjects),
  dataset('officers', 'officers', getOfficers),
  dataset('matters', 'enforcementMatters', getEnforcementMatters),
  dataset('inspection-items', 'inspectionItems', getInspectionItems),
  dataset('inspection-plans', 'inspectionPlans', getInspectionPlans),
  dataset('penalties', 'penalties', getPublishedPenalties),
  dataset('permits', 'permits', getPermits),
  dataset('recording-items', 'recordingItems', getRecordingItems),
  dataset('legal-review-items', 'legalReviewItems', getLegalReviewItems),
  dataset('enforcement-flows', 'enforcementFlows', getEnforcementFlows),
  dataset('document-templates', 'documentTemplates', getDocumentTemplates),
  dataset('lenient-measures', 'lenientMeasures', getLenientMeasures),
  dataset('discretion-standards', 'discretionStandards', getDiscretionStandards),
  dataset('reports', 'reports', getReports),
];

export function datasetFor(kind: ExportedKind): Dataset | undefined {
  return datasets.find((d) => d.kind === kind);
}
