import type { APIRoute, GetStaticPaths } from 'astro';
import { toXlsx } from '../../../lib/export/xlsx.ts';
import type { ExportColumn } from '../../../lib/export/table.ts';
import { creditSets, creditTable, type CreditSet } from '../_credit.ts';

export const getStaticPaths = (() => creditSets.map(({ set }) => ({ params: { set } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { label, header, rows } = await creditTable(params.set as CreditSet);
  // Every cell text (codes, dates, amounts as the platform's template takes them).
  const columns: ExportColumn[] = header.map((h) => ({ header: h, column: { key: h, label: h, kind: 'text' } }));
  const bytes = await toXlsx([{ name: label, columns, header, rows }]);
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
