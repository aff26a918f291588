// Loaded before the editor: the two things Sveltia CMS fetches from unpkg.com at run time are
// answered by this site instead, so the editor needs no third-party host (and its CSP allows none).
// - its interface translations → ./locales/<locale>.json (copied from the npm package);
// - its "new version available" check → the installed version: updates come through npm and a
//   rebuild of the site, never from the browser.
// The editor browser tests run in zh-CN under the CSP, so a change of these addresses in a new
// version of the editor shows up there as a refused connection.
import type { APIRoute } from 'astro';
import { sveltiaVersion } from './_sveltia-package.ts';

export const GET: APIRoute = async () => {
  const version = JSON.stringify(await sveltiaVersion());
  const script = `(() => {
  const base = document.currentScript.src;
  const locale = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms@[^/]+\\/locales\\/([A-Za-z-]+)\\.json$/;
  const versionCheck = 'https://unpkg.com/@sveltia/cms/package.json';
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const address = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (address === versionCheck) return Promise.resolve(Response.json({ version: ${version} }));
    const match = locale.exec(address);
    return fetch(match ? new URL(\`locales/\${match[1]}.json\`, base) : input, init);
  };
})();
`;
  return new Response(script, { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } });
};
