// The industry registry over the built site: qualifications past their 有效期至 show as expired
// without any edit, recorded suspensions and revocations show from their date, a filing from
// another province that has run out shows as expired, and search finds a unit by name or by
// 统一社会信用代码. Every page passes axe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, it } from 'vitest';
import { DIST, ROOT, useSite, withPage, eachPagePassesAxe, searchPage, q } from './support.ts';
import { registrySchema } from '../../src/schemas/registry.ts';
import { qualificationState } from '../../src/lib/registry.ts';
import { buildToday } from '../../src/lib/dates.ts';

const site = useSite();

const today = buildToday();
const DIR = join(ROOT, 'content/registry');
const units = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => registrySchema.parse(parseYaml(readFileSync(join(DIR, name), 'utf8'))));

const EXPIRED_DESIGN = '91990102MA0JY7Y314'; // 示例市明远工程设计有限公司, 乙级 until 2026-03-31
const FILING_EXPIRED = '91970200MA6BL7D9U0'; // 北岭省人防工程监理有限公司, filed until 2026-02-28

eachPagePassesAxe(
  site,
  [
    ['名录', '/registry/'],
    ['资质过期的单位', `/registry/${EXPIRED_DESIGN}/`],
    ['省外备案单位', `/registry/${FILING_EXPIRED}/`],
    ['资质被撤销的单位', '/registry/91990100MA0JL2P5XN/'],
  ],
  'renders and passes axe',
);

it('holds at least ten units, each with a valid credit code and its own page', () => {
  expect(units.length).toBeGreaterThanOrEqual(10);
  // registrySchema.parse above has already verified each code's check character.
  for (const unit of units) expect(readFileSync(join(DIST, 'registry', unit.creditCode, 'index.html'), 'utf8')).toContain(unit.creditCode);
});

it('shows a qualification past its 有效期至 as expired, by date', async () => {
  await withPage(site, `/registry/${EXPIRED_DESIGN}/`, async (page) => {
    const row = page.locator('tbody tr', { hasText: '人防设乙字 9901014 号' });
    expect((await row.locator('.badge').textContent())?.trim()).toBe('已过期');
    expect(await row.locator('.note').textContent()).toBe('2026年3月31日到期');
    expect(await page.locator('.standing').textContent()).toContain('该单位目前没有有效的资质');
  });
});

it('shows every qualification in the list with its state for today', async () => {
  await withPage(site, '/registry/', async (page) => {
    for (const unit of units.filter((u) => !u.filing)) {
      for (const q of unit.qualifications) {
        const row = page.locator('section', { has: page.locator('h2', { hasText: q.type }) }).locator('tbody tr', { hasText: q.certNo });
        expect((await row.locator('.badge').textContent())?.trim(), q.certNo).toBe(qualificationState(q, today));
      }
    }
    const suspended = page.locator('tbody tr', { hasText: '人防监乙字 9901011 号' });
    expect((await suspended.locator('.badge').textContent())?.trim()).toBe('暂停');
    const revoked = page.locator('tbody tr', { hasText: '人防监丙字 9901007 号' });
    expect((await revoked.locator('.badge').textContent())?.trim()).toBe('撤销');
    const filed = page.locator('section', { has: page.locator('h2', { hasText: '省外入省备案单位' }) }).locator('tbody tr', { hasText: FILING_EXPIRED });
    expect((await filed.locator('td').first().textContent())?.trim()).toBe('已过期');
  });
});

it('sends the lookup form to search, and search finds a unit by credit code or by name', async () => {
  await withPage(site, '/registry/', async (page) => {
    expect(await page.locator('form[aria-label="查询行业单位"]').getAttribute('action')).toBe('/search/');
    const first = async (query: string) => (await searchPage(site, q(query))).urls[0];
    expect(await first(EXPIRED_DESIGN)).toBe(`/registry/${EXPIRED_DESIGN}/`);
    expect(await first('明远工程设计')).toBe(`/registry/${EXPIRED_DESIGN}/`);
    expect(await first('北岭省人防工程监理')).toBe(`/registry/${FILING_EXPIRED}/`);
  });
});
