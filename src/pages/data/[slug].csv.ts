import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/export/csv.ts';
import { csvTables, sheetsForDataset, type CsvTable } from './_tables.ts';

export const getStaticPaths = (() => csvTables.map((table) => ({ params: { slug: table.slug }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { table } = props as { table: CsvTable };
  const sheet = (await sheetsForDataset(table.dataset)).find((s) => s.child === table.child)!;
  return new Response(toCsv(sheet.header, sheet.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
