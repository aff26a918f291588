import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, type Dataset } from '../../data/exports.ts';
import type { TableColumn } from '../../lib/export/table.ts';
import { modelOf, sheetsForDataset } from './_tables.ts';

export const getStaticPaths = (() => datasets.map((dataset) => ({ params: { slug: dataset.slug }, props: { dataset } }))) satisfies GetStaticPaths;

const field = ({ key, label, description, kind, ref }: TableColumn) => ({ key, label, description, type: kind, ...(ref ? { ref } : {}) });

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  const model = modelOf(dataset);
  const [entries, sheets] = await Promise.all([dataset.load(), sheetsForDataset(dataset)]);
  // Names of the entries codes refer to (执法主体 …), as the CSV shows them beside the codes.
  const names: Record<string, string> = {};
  for (const sheet of sheets) {
    sheet.columns.forEach((column, index) => {
      if (!column.nameOf) return;
      sheet.rows.forEach((row) => {
        const code = row[index - 1];
        if (code && row[index]) names[code] = row[index]!;
      });
    });
  }
  const body = {
    name: dataset.label,
    fields: model.columns.map(field),
    lists: model.children.map((child) => ({ key: child.key, label: child.label, fields: child.columns.map(field) })),
    names,
    items: entries.map((entry) => entry.data),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
