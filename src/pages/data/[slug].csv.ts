import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, type Dataset } from '../../data/exports.ts';
import { rowOf } from '../../lib/export/columns.ts';
import { toCsv } from '../../lib/export/csv.ts';

export const getStaticPaths = (() => datasets.map((dataset) => ({ params: { slug: dataset.slug }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  const entries = await dataset.load();
  const csv = toCsv(dataset.columns.map((c) => c.label), entries.map((entry) => rowOf(dataset.columns, entry.data)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
