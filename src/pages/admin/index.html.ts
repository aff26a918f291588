// /admin/: the browser editor for staff who do not use git. A plain page outside the site layout,
// not indexed and not in the sitemap; the editor reads ./config.yml.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>内容编辑 - ${site.name}</title>
</head>
<body>
<noscript>内容编辑器需要启用 JavaScript。</noscript>
<script src="./sveltia-cms.js"></script>
</body>
</html>
`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
