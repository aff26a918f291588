// An .ics calendar file for a dated event in China time (UTC+8, no daylight saving), through the
// `ics` package. Times are written in UTC so every calendar shows them at the right hour.
import { createEvent, type DateArray, type EventAttributes } from 'ics';

export interface CalendarEvent {
  /** Stable across rebuilds, so re-importing updates the event instead of adding another. */
  uid: string;
  title: string;
  date: string;
  start: string;
  end: string;
  location?: string;
  description?: string;
  url?: string;
}

/** "2026-09-19" and "10:00" in China time, as a UTC date array. */
function utcParts(date: string, time: string): [number, number, number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hour - 8, minute));
  return [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()];
}

/** The calendar file's text; throws with the library's reason when the event is not valid. */
export function calendarFile(event: CalendarEvent, productId: string): string {
  // `timestamp` (DTSTAMP) is honoured by ics but missing from its types.
  const attributes: EventAttributes & { timestamp: DateArray } = {
    uid: event.uid,
    productId,
    title: event.title,
    start: utcParts(event.date, event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(event.date, event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: event.location,
    description: event.description,
    url: event.url,
    // A fixed stamp: the same content gives the same file, build after build.
    timestamp: utcParts(event.date, '00:00'),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`日历文件生成失败：${error?.message ?? '无内容'}`);
  return value;
}
