// Queries are NFKC-normalised so that full-width digits, letters and brackets typed on a
// Chinese keyboard match the half-width forms in the index (and the other way round).
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
