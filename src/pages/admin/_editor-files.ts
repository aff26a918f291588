// Every file of the browser editor, rendered from site.yaml's data: the Astro routes beside this
// file serve them under /admin/ of the site, and scripts/build-editor.ts writes them into a folder
// of their own for an intranet host. All addresses are relative, so the editor works under any path.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { editorBackend, editorConfig, type SiteForEditor } from '../../data/editor.ts';
import { editorDirectives, policyText } from '../../lib/editor-csp.ts';
import { editorFonts, editorScript, SVELTIA_DIR, sveltiaVersion } from './_sveltia-package.ts';

export interface EditorFile {
  /** Path under the editor's folder, e.g. "locales/zh-CN.json". */
  path: string;
  type: string;
  body: string | Buffer;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: not indexed, its Content-Security-Policy (lib/editor-csp.ts) naming the office's git platform. */
export function editorPage(site: SiteForEditor): string {
  const policy = policyText(editorDirectives(editorBackend(site)));
  return `<!doctype html>
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
}

export const editorConfigText = (site: SiteForEditor) => `# 由 src/schemas 自动生成，请勿手工修改。\n${stringify(editorConfig(site), { lineWidth: 0 })}`;

/**
 * Loaded before the editor: the two things Sveltia CMS fetches from unpkg.com at run time are
 * answered by this site instead, so the editor needs no third-party host (and its CSP allows none).
 * - its interface translations → ./locales/<locale>.json (copied from the npm package), with no
 *   time limit: Sveltia gives unpkg 5 seconds, and on expiry shows its interface in English;
 * - its "new version available" check → the installed version: updates come through npm and a
 *   rebuild of the site, never from the browser.
 * The editor browser tests run in zh-CN with every other host blocked, so a change of these
 * addresses in a new version of the editor shows up there.
 */
export async function selfHostedScript(): Promise<string> {
  const version = JSON.stringify(await sveltiaVersion());
  return `(() => {
  const base = document.currentScript.src;
  const locale = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms@[^/]+\\/locales\\/([A-Za-z-]+)\\.json$/;
  const versionCheck = 'https://unpkg.com/@sveltia/cms/package.json';
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const address = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (address === versionCheck) return Promise.resolve(Response.json({ version: ${version} }));
    const match = locale.exec(address);
    if (!match) return fetch(input, init);
    // Without the 5-second limit Sveltia sets for a CDN: on a slow intranet link the translation
    // may take longer, and the editor would fall back to English.
    const { signal, ...options } = init ?? {};
    return fetch(new URL(\`locales/\${match[1]}.json\`, base), options);
  };
})();
`;
}

/** The interface translations the package ships (zh-CN for staff), by locale. */
export async function editorLocales(): Promise<string[]> {
  return (await readdir(join(SVELTIA_DIR, 'locales'))).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length));
}

export const editorLocale = (locale: string) => readFile(join(SVELTIA_DIR, 'locales', `${locale}.json`));

export const fontFile = (asset: string) => readFile(join(SVELTIA_DIR, 'npm/assets', asset));

export const JS = 'application/javascript; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** All of the editor's files. */
export async function editorFiles(site: SiteForEditor): Promise<EditorFile[]> {
  const files: EditorFile[] = [
    { path: 'index.html', type: 'text/html; charset=utf-8', body: editorPage(site) },
    { path: 'config.yml', type: 'text/yaml; charset=utf-8', body: editorConfigText(site) },
    { path: 'self-hosted.js', type: JS, body: await selfHostedScript() },
    { path: 'sveltia-cms.js', type: JS, body: await editorScript() },
  ];
  for (const locale of await editorLocales()) files.push({ path: `locales/${locale}.json`, type: JSON_TYPE, body: await editorLocale(locale) });
  for (const font of await editorFonts()) files.push({ path: `fonts/${font.name}`, type: 'font/woff2', body: await fontFile(font.asset) });
  return files;
}
