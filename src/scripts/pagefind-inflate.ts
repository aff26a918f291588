// Pagefind stores its index, metadata, WebAssembly and result fragments gzipped, and servers send
// them as they are (deploy/nginx.conf gives them no Content-Encoding), so pagefind.js inflates
// each in JavaScript: on a slow phone the largest single cost before the first result. This lets
// the browser's own gzip (DecompressionStream) do it instead, as the files arrive. Pagefind gets
// the same bytes: its files start with "pagefind_dcd" once inflated, which it then takes as
// already done (it does the same when a server sends them with Content-Encoding: gzip).
// Only same-origin requests for those files are touched; everything else goes to fetch as is.

/** Pagefind's gzipped files: metadata, index, filter and fragment chunks, and its WebAssembly. */
const PAGEFIND_FILE = /\/pagefind\/.*\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/**
 * Below this size (most fragments and filter chunks, the metadata), handing a file to the browser's
 * gzip costs more than Pagefind's own inflating: only the WebAssembly and index chunks gain.
 */
const NATIVE_FROM_BYTES = 8192;

function pagefindFile(input: RequestInfo | URL): boolean {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  return url.origin === location.origin && PAGEFIND_FILE.test(url.pathname);
}

/** The bytes inflated by the browser when they are a gzip stream (start 1f 8b), else as they are. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/**
 * A large file's body inflated natively, else unchanged; should the browser fail to inflate it,
 * Pagefind gets it as sent and inflates it itself.
 */
async function inflated(response: Response): Promise<Response> {
  if (!response.ok || Number(response.headers.get('content-length') ?? 0) < NATIVE_FROM_BYTES) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const sent = { status: response.status, statusText: response.statusText, headers: response.headers };
  return new Response(await inflate(bytes).catch(() => bytes), sent);
}

/** The browser's fetch as it was: for files fetched only to be in the cache when Pagefind asks. */
export const plainFetch = window.fetch.bind(window);

/** Installs the native inflation once per page, where the browser has it. */
export function inflatePagefindNatively(): void {
  const own = window as { fetch: typeof fetch; pagefindInflate?: true };
  if (own.pagefindInflate || typeof DecompressionStream === 'undefined') return;
  own.pagefindInflate = true;
  const plain = plainFetch;
  window.fetch = (input, init) => {
    const response = plain(input, init);
    return pagefindFile(input) ? response.then(inflated) : response;
  };
}
