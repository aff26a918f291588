// A service guide's 办理流程 with branches (受理 / 补正 / 不予受理, 准予 / 不予许可 → 复议或诉讼): drawn
// by the same dagre layout as the 执法流程, a box per step and a labelled arrow per branch, and the
// ordered list beside it saying where each answer leads. A guide without branches stays one column.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite, withPage, axeViolations } from './support.ts';

const site = useSite();
const GUIDE = '/services/RF-XK-001-01/';
const STEPS = ['申请', '受理', '一次性告知补正', '出具不予受理通知书', '审查', '准予许可决定', '送达', '不予许可决定', '告知复议或者诉讼途径'];
const BRANCHES = ['受理', '材料不全', '不予受理', '补正材料后重新提交', '符合审批条件', '不符合审批条件'];

/** The chart as drawn: each box's label and shape, each arrow's route and each branch label's centre. */
function drawn(page: Page) {
  return page.locator('figure.flowchart svg').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('g:has(> .box)')].map((g) => ({
      label: [...g.querySelectorAll('text.label')].map((t) => t.textContent).join(''),
      decision: g.querySelector('.box')!.classList.contains('decision'),
      x: (g.querySelector('.box') as SVGGraphicsElement).getBBox().x,
    }));
    const arrows = [...svg.querySelectorAll(':scope > path[marker-end]')].map((path) =>
      [...(path.getAttribute('d') ?? '').matchAll(/[ML] ([\d.-]+) ([\d.-]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })),
    );
    const labels = [...svg.querySelectorAll('g.edge-label')].map((g) => {
      const box = (g.querySelector('rect') as SVGGraphicsElement).getBBox();
      return { text: g.querySelector('text')!.textContent, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    return { boxes, arrows, labels };
  });
}

/** Distance from a point to a route of straight segments. */
function distance(point: { x: number; y: number }, route: { x: number; y: number }[]): number {
  let best = Infinity;
  for (const [i, a] of route.slice(0, -1).entries()) {
    const b = route[i + 1]!;
    const length = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * (b.x - a.x) + (point.y - a.y) * (b.y - a.y)) / length));
    best = Math.min(best, Math.hypot(point.x - (a.x + t * (b.x - a.x)), point.y - (a.y + t * (b.y - a.y))));
  }
  return best;
}

describe('a service guide whose 办理流程 branches', () => {
  it('draws a box per step, the two decisions as decisions, and an arrow per branch with its condition on it', async () => {
    await withPage(site, GUIDE, async (page) => {
      const { boxes, arrows, labels } = await drawn(page);
      expect(boxes.map((b) => b.label)).toEqual(STEPS);
      expect(boxes.filter((b) => b.decision).map((b) => b.label)).toEqual(['受理', '审查']);
      // 申请→受理, three ways out of 受理, 补正 back to 受理, two out of 审查, 准予→送达, 不予许可→复议或诉讼.
      expect(arrows).toHaveLength(9);
      for (const route of arrows) expect(route.length).toBeGreaterThanOrEqual(2);
      expect(labels.map((l) => l.text).sort()).toEqual([...BRANCHES].sort());
      // Each condition sits on an arrow, not floating beside the chart.
      for (const label of labels) expect(Math.min(...arrows.map((route) => distance(label, route))), label.text ?? '').toBeLessThan(3);
      // Branches spread sideways: the chart is not one column.
      expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBeGreaterThan(1);
      await expect(page.locator('figure.flowchart svg').getAttribute('role')).resolves.toBe('img');
      expect(await axeViolations(page)).toEqual([]);
    }, DESKTOP);
  });

  it('keeps the steps as an ordered list that says where each answer leads and where the process ends', async () => {
    await withPage(site, GUIDE, async (page) => {
      const items = page.locator('ol.steps > li');
      await expect(page.locator('ol.steps > li > strong').allTextContents()).resolves.toEqual(STEPS);
      const text = (name: string) => items.filter({ has: page.locator(':scope > strong', { hasText: new RegExp(`^${name}$`) }) }).textContent();
      await expect(text('受理')).resolves.toContain('去向：受理 → 审查；材料不全 → 一次性告知补正；不予受理 → 出具不予受理通知书（结束）');
      await expect(text('一次性告知补正')).resolves.toContain('补正材料后重新提交 → 受理');
      await expect(text('审查')).resolves.toContain('去向：符合审批条件 → 准予许可决定；不符合审批条件 → 不予许可决定');
      for (const end of ['出具不予受理通知书', '送达', '告知复议或者诉讼途径']) await expect(text(end)).resolves.toContain('办理到此结束');
      await expect(text('准予许可决定')).resolves.not.toContain('办理到此结束');
      // Every condition drawn on the chart is also said in words, in the list and in the chart's description.
      const list = (await items.allTextContents()).join('');
      const description = await page.locator('figure.flowchart svg > desc').textContent();
      for (const branch of BRANCHES) {
        expect(list, branch).toContain(`${branch} → `);
        expect(description, branch).toContain(`（${branch}）后到`);
      }
    });
  });

  it('fits a phone without making the page scroll sideways, and stays accessible there', async () => {
    await withPage(site, GUIDE, async (page) => {
      await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
      // The chart keeps a legible size and scrolls in its own frame, which keyboards reach and which says so.
      const frame = page.locator('figure.flowchart .frame[role="region"][tabindex="0"]');
      await expect(frame.getAttribute('aria-label')).resolves.toContain('可左右滑动');
      const sizes = await frame.evaluate((el) => ({ frame: el.clientWidth, chart: el.querySelector('svg')!.getBoundingClientRect().width }));
      expect(sizes.chart).toBeGreaterThan(sizes.frame);
      expect(sizes.chart).toBeGreaterThanOrEqual(600);
      await expect(page.locator('figure.flowchart .hint').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    }, PHONE);
  });
});

describe('a service guide without branches', () => {
  it('still draws one column of boxes with plain arrows and no branch lines', async () => {
    await withPage(site, '/services/RF-XK-002-01/', async (page) => {
      const { boxes, arrows, labels } = await drawn(page);
      const steps = await page.locator('ol.steps > li > strong').allTextContents();
      expect(boxes.map((b) => b.label)).toEqual(steps);
      expect(arrows).toHaveLength(steps.length - 1);
      expect(labels).toEqual([]);
      expect(boxes.some((b) => b.decision)).toBe(false);
      expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
      await expect(page.locator('ol.steps .branches').count()).resolves.toBe(0);
    }, DESKTOP);
  });
});
