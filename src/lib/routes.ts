// Stable URLs built from codes. Every link to an entry goes through here.
import type { KindName } from '../schemas/index.ts';

type RoutedKind = Exclude<KindName, 'site' | 'department'>;

export const LIST_PATHS: Record<RoutedKind, string> = {
  powers: '/powers/',
  responsibilities: '/responsibilities/',
  services: '/services/',
  subjects: '/enforcement/subjects/',
  officers: '/enforcement/officers/',
  enforcementMatters: '/enforcement/matters/',
  inspectionItems: '/enforcement/inspection-items/',
  inspectionPlans: '/enforcement/inspections/',
  penalties: '/enforcement/penalties/',
  permits: '/enforcement/permits/',
  recordingItems: '/enforcement/recording-items/',
  legalReviewItems: '/enforcement/legal-review-items/',
  enforcementFlows: '/enforcement/flows/',
  documentTemplates: '/enforcement/templates/',
  enforcementGuides: '/enforcement/guides/',
  lenientMeasures: '/enforcement/lenient/',
  discretionStandards: '/enforcement/discretion/',
  reports: '/reports/',
  documents: '/documents/',
  interpretations: '/interpretations/',
  cleanups: '/documents/cleanups/',
  registry: '/registry/',
};

export function entryPath(kind: RoutedKind, id: string): string {
  return `${LIST_PATHS[kind]}${id.split('/').map(encodeURIComponent).join('/')}/`;
}

export function listPath(kind: RoutedKind): string {
  return LIST_PATHS[kind];
}
