// The order of pages in a Pagefind index. Pagefind lists pages it finds equally well (every page
// an exact phrase search finds) in this order, so the precomputed lists break ties the same way.
// The index's metadata file (pagefind.<language hash>.pf_meta, once decompressed) is the
// signature "pagefind_dcd" and then CBOR whose second item is the pages, each [id, word count].
import { decodeCbor } from '../pagefind-chunks.ts';

const SIGNATURE = 'pagefind_dcd';

/** Reads the page ids, in index order, from a decompressed pf_meta file. */
export function readPageOrder(bytes: Uint8Array, name = 'pf_meta'): string[] {
  return readMetadata(bytes, name).ids;
}

/** A decompressed pf_meta file decoded (as pagefind-chunks.ts reads it), with its page ids in index order. */
export function readMetadata(bytes: Uint8Array, name = 'pf_meta'): { meta: unknown; ids: string[] } {
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${name}：不是 Pagefind 元数据文件（缺少 ${SIGNATURE} 标记）`);
  let meta: unknown;
  try {
    meta = decodeCbor(bytes.subarray(SIGNATURE.length));
  } catch (error) {
    throw new Error(`${name}：无法读取 Pagefind 元数据（${error instanceof Error ? error.message : String(error)}）`);
  }
  const pages = Array.isArray(meta) ? (meta[1] as unknown) : undefined;
  if (!Array.isArray(pages) || !pages.every((page) => Array.isArray(page) && typeof page[0] === 'string')) {
    throw new Error(`${name}：Pagefind 元数据的第二项应为页面列表 [[id, 词数], …]（Pagefind 1.x 的格式）`);
  }
  return { meta, ids: pages.map((page) => (page as [string])[0]) };
}
