import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { editorConfig } from '../../data/editor.ts';

export const GET: APIRoute = async () =>
  new Response(`# 由 src/schemas 自动生成，请勿手工修改。\n${stringify(await editorConfig(), { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
