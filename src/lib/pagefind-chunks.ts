// Which of Pagefind's index chunks a query will read, worked out from the index's metadata file
// without Pagefind's WebAssembly, so that the search page can fetch them while Pagefind and its
// WebAssembly are still on their way (src/scripts/search-early.ts). Pagefind reads them itself
// either way; a chunk named here is only fetched sooner.
//
// The metadata (pagefind.<hash>.pf_meta, once inflated and its "pagefind_dcd" signature removed)
// is CBOR: [version, pages, index chunks as [first word, last word, hash], filters, sorts, fields].

/** CBOR as far as Pagefind's metadata uses it: integers, byte and text strings, arrays and maps. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const text = new TextDecoder();
  let at = 0;
  const read = (): unknown => {
    const head = bytes[at++];
    if (head === undefined) throw new Error('CBOR: unexpected end');
    const major = head >> 5;
    const info = head & 31;
    let value = info;
    if (info >= 24 && info <= 27) {
      value = 0;
      for (let byte = 0; byte < 2 ** (info - 24); byte += 1) value = value * 256 + (bytes[at++] ?? 0);
    } else if (info > 27) throw new Error(`CBOR: unsupported item 0x${head.toString(16)}`);
    switch (major) {
      case 0: return value;
      case 1: return -1 - value;
      case 2: return bytes.subarray(at, (at += value));
      case 3: return text.decode(bytes.subarray(at, (at += value)));
      case 4: return Array.from({ length: value }, () => read());
      case 5: return new Map(Array.from({ length: value }, () => [read(), read()] as const));
      default: throw new Error(`CBOR: unsupported type ${major}`);
    }
  };
  return read();
}

/**
 * The words Pagefind looks up for a query: lower-cased runs of letters and digits, and each Chinese
 * character on its own (the search page asks for Chinese text character by character, see
 * search-query.ts).
 */
export function queryTerms(query: string): string[] {
  const terms = query.toLocaleLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)];
}

/** Hashes of the index chunks whose word ranges hold the terms; none when the metadata is not as expected. */
export function chunksFor(meta: unknown, terms: string[]): string[] {
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) return [];
  const ranges = chunks.filter((chunk): chunk is [string, string, string] => Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string'));
  const hashes = terms.flatMap((term) => ranges.filter(([from, to]) => from <= term && term <= to).map(([, , hash]) => hash));
  return [...new Set(hashes)];
}
