// What each file of a release is when it is published: its Content-Type, its Cache-Control and the
// step it is uploaded in. The same rules as deploy/nginx.conf, so a site served from object storage
// behind a CDN behaves as one served by nginx. Paths are relative to the release root, with "/".

/** Step 1 holds what pages point at, step 2 the pages and the files that name step 1's files. */
export type Phase = 'assets' | 'pages';

const TEXT = (type: string) => `${type}; charset=utf-8`;

/**
 * Set explicitly for every file rather than left to the uploader, whose guess depends on the
 * machine's /etc/mime.types. Text types carry the charset, as nginx's `charset_types` adds it.
 */
const CONTENT_TYPES: Record<string, string> = {
  html: TEXT('text/html'),
  htm: TEXT('text/html'),
  css: TEXT('text/css'),
  js: TEXT('text/javascript'),
  mjs: TEXT('text/javascript'),
  json: TEXT('application/json'),
  webmanifest: TEXT('application/manifest+json'),
  xml: TEXT('application/xml'),
  xsl: TEXT('application/xml'),
  csv: TEXT('text/csv'),
  txt: TEXT('text/plain'),
  md: TEXT('text/markdown'),
  yml: TEXT('text/yaml'),
  yaml: TEXT('text/yaml'),
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
  // Pagefind's index: binary files fetched by its script (the .pagefind one is compressed WebAssembly
  // that the script unpacks itself, so it must not be served as application/wasm).
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pagefind: 'application/octet-stream',
  // Attachments staff publish.
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  et: 'application/vnd.ms-excel',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
  '7z': 'application/x-7z-compressed',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
};

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export function contentType(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return DEFAULT_CONTENT_TYPE;
  return CONTENT_TYPES[name.slice(dot + 1).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

/**
 * Files whose name changes whenever their content does: Astro's hashed bundles, Pagefind's
 * fragments, index chunks, filters and metadata, and the common phrases' result lists (not their
 * manifest). They may be cached for a year and never need a CDN purge. (deploy/nginx.conf's
 * $gongkai_cache_control map says the same.)
 */
export function isImmutable(path: string): boolean {
  return path.startsWith('_astro/') || /^pagefind\/.*\.pf_[a-z]+$/.test(path) || /^search-common\/[0-9a-f]{16}\.json$/.test(path);
}

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else, HTML included, is revalidated on every request, so a rebuild shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

export function cacheControl(path: string): string {
  return isImmutable(path) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/**
 * Step 1: hashed files and attachments (files/), which pages and the search index point at.
 * Step 2: everything else — pages, open data, feeds, and Pagefind's entry files (pagefind.js,
 * pagefind-entry.json, its WebAssembly), which name the hashed index files of their build.
 * Uploading step 1 completely before step 2 starts means no page is ever served whose files are
 * missing; old files are deleted only after both (step 3), so pages of the old release keep theirs.
 */
export function phase(path: string): Phase {
  return isImmutable(path) || path.startsWith('files/') ? 'assets' : 'pages';
}

/** The address a reader (and a CDN) uses for a file: "a/index.html" is also "/a/". */
export function urlPaths(path: string): string[] {
  if (path === 'index.html') return ['/', '/index.html'];
  if (path.endsWith('/index.html')) return [`/${path.slice(0, -'index.html'.length)}`, `/${path}`];
  return [`/${path}`];
}
