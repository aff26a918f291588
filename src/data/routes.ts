// Every link to a list or an entry goes through here: the addresses come from the kind records.
import { listKind, type ListKey } from '../kinds/index.ts';
import { entryUrl } from '../lib/routes.ts';

export function listPath(kind: ListKey): string {
  return listKind(kind).url;
}

export function entryPath(kind: ListKey, id: string): string {
  return entryUrl(listPath(kind), id);
}
