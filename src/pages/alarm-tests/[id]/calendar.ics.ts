// Each 防空警报试鸣公告's calendar file, written at build time from the announcement.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesOf, getSite } from '../../../data/content.ts';
import { entryPath } from '../../../data/routes.ts';
import { calendarFile } from '../../../lib/calendar.ts';
import { testWindow } from '../../../lib/alarm-signals.ts';

export const getStaticPaths = (async () => (await entriesOf('alarmTests')).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof entriesOf<'alarmTests'>>>[number] };
  const site = await getSite();
  const t = entry.data;
  const window = testWindow(t.signals)!;
  const page = new URL(entryPath('alarmTests', entry.id), site.siteUrl).href;
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
