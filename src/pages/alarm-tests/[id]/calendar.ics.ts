// Each 防空警报试鸣公告's calendar file, written at build time from the announcement.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/content.ts';
import { calendarFile } from '../../../lib/calendar.ts';
import { testWindow } from '../../../lib/alarm-signals.ts';
import { ownEntries, type KindEntry } from '../../../data/own.ts';
import { alarmTestSchema } from '../../../schemas/alarm-tests.ts';
import { hrefOf } from '../../../data/refs.ts';

export const getStaticPaths = (async ({ routePattern }) => (await ownEntries(routePattern, alarmTestSchema)).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: KindEntry<typeof alarmTestSchema> };
  const site = await getSite();
  const t = entry.data;
  const window = testWindow(t.signals)!;
  const page = new URL(hrefOf(entry), site.siteUrl).href;
  const text = calendarFile(
    {
      uid: `${entry.id}@${new URL(site.siteUrl).hostname}`,
      title: `防空警报试鸣（${site.region}）`,
      date: t.date,
      start: window.start,
      end: window.end,
      location: t.area,
      description: [...t.signals.map((s) => `${s.time} ${s.signal}`), ...t.guidance].join('\n'),
      url: page,
    },
    site.name,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
