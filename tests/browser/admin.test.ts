// The browser editor at /admin/ loads its generated configuration without complaint.
// (Offline, it cannot fetch its translations or sign-in services; that is expected here.)
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
  page.on('console', (message) => {
    const serious = message.type() === 'warning' || message.type() === 'error';
    if (serious && /config|schema|option|collection|field|widget/i.test(message.text())) complaints.push(message.text());
  });
  try {
    await page.reload();
    await page.getByText('Work with Local Repository').waitFor({ timeout: 20_000 });
    expect(await page.getByText(/Sign In with/).count()).toBeGreaterThan(0);
    expect(complaints).toEqual([]);
  } finally {
    await close();
  }
});
