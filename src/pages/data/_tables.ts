// The open-data tables of each dataset: its main table and one table per list of records (a plan's
// 抽查结果, a guide's 申请材料, a report's tables), each a CSV of its own (/data/<slug>-<list>.csv)
// and a sheet of the dataset's workbook (/data/<slug>.xlsx). Codes of other entries get their
// name beside them. The workbook is also the template `npm run import` reads back.
import { getCollection } from 'astro:content';
import { datasets, type Dataset } from '../../data/exports.ts';
import { listKind, type ListKey } from '../../kinds/index.ts';
import { jsonSchemaOf } from '../../lib/content-check/schema-walk.ts';
import { sheetsOf, tableModelOf, type RefName, type Sheet, type TableModel } from '../../lib/export/table.ts';
import { perBuildUses } from '../../data/per-build.ts';

export function modelOf(dataset: Dataset): TableModel {
  const record = listKind(dataset.kind);
  return tableModelOf(jsonSchemaOf(record.schema), String(record.idField));
}

const kebab = (key: string) => key.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export interface CsvTable {
  slug: string;
  dataset: Dataset;
  /** Child list key, or undefined for the main table. */
  child?: string;
  label: string;
}

/** Every CSV file: one per dataset, and one per list of records in it. */
export const csvTables: CsvTable[] = datasets.flatMap((dataset) => [
  { slug: dataset.slug, dataset, label: dataset.label },
  ...modelOf(dataset).children.map((child) => ({ slug: `${dataset.slug}-${kebab(child.key)}`, dataset, child: child.key, label: `${dataset.label}·${child.label}` })),
]);

const loaded = new Map<string, Map<string, string>>();
async function namesOf(kind: string): Promise<Map<string, string>> {
  let map = loaded.get(kind);
  if (!map) {
    const entries = await getCollection(kind as ListKey).catch(() => []);
    map = new Map(entries.map((entry) => {
      const data = entry.data as Record<string, unknown>;
      const name = data.name ?? data.title;
      return [entry.id, typeof name === 'string' ? name : listKind(kind as ListKey).title(entry.data, (_k, id) => id)];
    }));
    loaded.set(kind, map);
  }
  return map;
}

/** Files of a dataset that read its sheets besides its CSV files: [slug].json.ts and [slug].xlsx.ts. */
const SHEET_READERS_BESIDE_CSV = 2;

/**
 * A dataset's sheets serve each of its CSV files, its JSON (the names) and its workbook: worked out
 * once per build and let go after the last of those files, not once per file.
 */
export const sheetsForDataset = perBuildUses(
  (dataset: Dataset) => dataset.slug,
  (dataset) => csvTables.filter((table) => table.dataset === dataset).length + SHEET_READERS_BESIDE_CSV,
  sheetsOfDataset,
);

async function sheetsOfDataset(dataset: Dataset): Promise<Sheet[]> {
  const model = modelOf(dataset);
  const refs = new Set([...model.columns, ...model.children.flatMap((c) => c.columns)].flatMap((c) => (c.ref ? [c.ref] : [])));
  const maps = new Map(await Promise.all([...refs].map(async (kind) => [kind, await namesOf(kind)] as const)));
  const refName: RefName = (kind, code) => maps.get(kind)?.get(code);
  return sheetsOf(model, dataset.label, await dataset.load(), refName);
}
