// /admin/: the browser editor for staff who do not use git. A plain page outside the site layout,
// not indexed and not in the sitemap; the editor reads ./config.yml. Its Content-Security-Policy
// (lib/editor-csp.ts) names the office's git platform from site.yaml.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { editorBackend } from '../../data/editor.ts';
import { editorDirectives, policyText } from '../../lib/editor-csp.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = async () => {
  const site = await getSite();
  const policy = policyText(editorDirectives(await editorBackend()));
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>内容编辑 - ${escapeHtml(site.name)}</title>
</head>
<body>
<noscript>内容编辑器需要启用 JavaScript。</noscript>
<script src="./self-hosted.js"></script>
<script src="./sveltia-cms.js"></script>
</body>
</html>
`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
