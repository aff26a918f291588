// The 文书样本 files, served as they lie beside their entries (see template-files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getDocumentTemplates } from '../../../../data/content.ts';
import { templateFiles, type TemplateFile } from '../../../../components/enforcement/template-files.ts';

export const getStaticPaths = (async () =>
  (await getDocumentTemplates()).flatMap((entry) => templateFiles(entry).map((file) => ({ params: { file: file.param }, props: { file } })))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc: 'application/msword' };

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: TemplateFile };
  const bytes = await readFile(file.source);
  return new Response(bytes, { headers: { 'Content-Type': TYPES[file.source.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
