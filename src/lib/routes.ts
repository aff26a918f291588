// Stable URLs built from codes. The URL of each kind's list is in its record (src/kinds/); the
// site reads it through src/data/routes.ts. This file keeps only the rule for an entry's URL and,
// for the content check until it takes the routes as a parameter, a copy of the list URLs that a
// unit test keeps equal to the records.

/** An entry's address under its list's address: each path segment of the code URL-encoded. */
export function entryUrl(listUrl: string, id: string): string {
  return `${listUrl}${id.split('/').map(encodeURIComponent).join('/')}/`;
}

/** A copy of the records' list URLs for the content check (it cannot read src/kinds); a unit test keeps them equal. */
export const LIST_PATHS = {
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
} as const;

/** An entry's URL by kind key, for the content check; the site uses src/data/routes.ts. */
export function entryPath(kind: keyof typeof LIST_PATHS, id: string): string {
  return entryUrl(LIST_PATHS[kind], id);
}
