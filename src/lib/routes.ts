// Stable URLs built from codes. The URL of each kind's list is in its record (src/kinds/); the
// site reads it through src/data/routes.ts, the content check gets it with the kinds passed in.
// This file keeps only the rule for an entry's URL.

/** An entry's address under its list's address: each path segment of the code URL-encoded. */
export function entryUrl(listUrl: string, id: string): string {
  return `${listUrl}${id.split('/').map(encodeURIComponent).join('/')}/`;
}
