// The browser editor at /admin/ loads its generated configuration without complaint, under its
// own Content-Security-Policy (src/lib/editor-csp.ts) and nothing else (astro preview sends no header),
// in Chinese from the translation this site serves (unpkg.com is not allowed).
// (Offline, it cannot fetch its fonts or sign-in services; that is expected here.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSite, openPage, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

it('opens the editor with a configuration it accepts', async () => {
  const { page, close } = await openPage(site, '/admin/', { width: 1100, height: 700 });
  const complaints: string[] = [];
  const violations: string[] = [];
  page.on('console', (message) => {
    const serious = message.type() === 'warning' || message.type() === 'error';
    if (serious && /config|schema|option|collection|field|widget/i.test(message.text())) complaints.push(message.text());
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  try {
    await page.reload();
    await page.getByText('使用本地仓库').waitFor();
    expect(await page.getByText(/使用.{0,3}GitHub.{0,3}登录/).count()).toBeGreaterThan(0);
    expect(complaints).toEqual([]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain('https://api.github.com');
    // Svelte's injected styles were allowed; nothing the editor did was refused.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  } finally {
    await close();
  }
});
