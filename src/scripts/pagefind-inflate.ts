// Pagefind stores its index, metadata, WebAssembly and result fragments gzipped, and servers send
// them as they are (deploy/nginx.conf gives them no Content-Encoding), so pagefind.js inflates
// each in JavaScript: on a slow phone the largest single cost before the first result. This lets
// the browser's own gzip (DecompressionStream) do it instead, as the files arrive. Pagefind gets
// the same bytes: its files start with "pagefind_dcd" once inflated, which it then takes as
// already done (it does the same when a server sends them with Content-Encoding: gzip).
// Only same-origin requests for those files are touched; everything else goes to fetch as is.

/** Pagefind's gzipped files: metadata, index, filter and fragment chunks, and its WebAssembly. */
const PAGEFIND_FILE = /\/pagefind\/.*\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

function pagefindFile(input: RequestInfo | URL): boolean {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  return url.origin === location.origin && PAGEFIND_FILE.test(url.pathname);
}

/**
 * The body inflated natively when it is a gzip stream (starts 1f 8b), else unchanged; should the
 * browser fail to inflate it, Pagefind gets it as sent and inflates it itself.
 */
async function inflated(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const sent = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, sent);
  try {
    return new Response(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(), sent);
  } catch {
    return new Response(bytes, sent);
  }
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
