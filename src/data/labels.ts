// Field labels for the pages a kind writes itself: read from the kind's schema, so a table header
// and the field it shows cannot drift apart. An unknown path fails the build naming the kind.
import { listKind, type ListKey } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { fieldLabel } from '../lib/field-shape.ts';
import { kindAt } from './own.ts';

export function labelsOf(kind: ListKey): (path: string) => string {
  const schema = jsonSchemaOf(listKind(kind).schema);
  return (path) => {
    const found = fieldLabel(schema, path);
    if (!found) throw new Error(`src/kinds 中 ${kind} 的模式没有带中文名的字段“${path}”`);
    return found;
  };
}

/** The labels of the kind a page belongs to, found by the page's address. */
export const pageLabels = (url: URL) => labelsOf(kindAt(url.pathname));
