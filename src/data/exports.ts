// The open-data sets: every list also as CSV and JSON, from the same entries the pages show
// (penalty decisions only while they are published). Columns come from the kind's schema; the
// file name from its record.
import { listKeys, listKind, type ListKey } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { columnsOf, type Column } from '../lib/export/columns.ts';
import { listPath } from './routes.ts';
import { entriesOf } from './content.ts';

export interface Dataset {
  /** File name without extension: /data/<slug>.csv and /data/<slug>.json */
  slug: string;
  kind: ListKey;
  label: string;
  listPath: string;
  columns: Column[];
  load: () => Promise<{ id: string; data: unknown }[]>;
}

export const datasets: Dataset[] = listKeys.flatMap((kind) => {
  const record = listKind(kind);
  if (!('name' in record.dataset)) return [];
  return [{
    slug: record.dataset.name,
    kind,
    label: record.column.name,
    listPath: listPath(kind),
    columns: columnsOf(jsonSchemaOf(record.schema)),
    load: () => entriesOf(kind),
  }];
});

export function datasetFor(kind: ListKey): Dataset | undefined {
  return datasets.find((d) => d.kind === kind);
}
