import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../lib/export/csv.ts';
import { creditSets, creditTable, type CreditSet } from '../_credit.ts';

export const getStaticPaths = (() => creditSets.map(({ set }) => ({ params: { set } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { header, rows } = await creditTable(params.set as CreditSet);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
