import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, type Dataset } from '../../data/exports.ts';
import { toXlsx } from '../../lib/export/xlsx.ts';
import { sheetsForDataset } from './_tables.ts';

export const getStaticPaths = (() => datasets.map((dataset) => ({ params: { slug: dataset.slug }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  const bytes = await toXlsx(await sheetsForDataset(dataset));
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
