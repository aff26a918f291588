import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, type Dataset } from '../../data/exports.ts';

export const getStaticPaths = (() => datasets.map((dataset) => ({ params: { slug: dataset.slug }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  const entries = await dataset.load();
  const body = {
    name: dataset.label,
    fields: dataset.columns.map(({ key, label, description, type }) => ({ key, label, description, type })),
    items: entries.map((entry) => entry.data),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
