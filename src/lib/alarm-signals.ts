// The three national air-defence alarm signals (《人民防空警报信号规定》) as data: how long the siren
// sounds, how long it pauses, and how many times. Announcements name a signal; its description,
// its end time, its calendar event and its audio sample are all computed from the pattern here.

export interface SignalPattern {
  /** Seconds the siren sounds in one cycle. */
  sound: number;
  /** Seconds of silence after it (0: one continuous sound). */
  pause: number;
  /** Cycles. */
  repeat: number;
}

export const ALARM_SIGNALS = {
  预先警报: { sound: 36, pause: 24, repeat: 3 },
  空袭警报: { sound: 6, pause: 6, repeat: 15 },
  解除警报: { sound: 180, pause: 0, repeat: 1 },
} as const satisfies Record<string, SignalPattern>;

export type AlarmSignalName = keyof typeof ALARM_SIGNALS;
export const ALARM_SIGNAL_NAMES = Object.keys(ALARM_SIGNALS) as [AlarmSignalName, ...AlarmSignalName[]];

/** ASCII names for file names and URLs (the audio samples). */
export const SIGNAL_SLUGS: Record<AlarmSignalName, string> = { 预先警报: 'warning', 空袭警报: 'air-raid', 解除警报: 'all-clear' };

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whole length in seconds: every cycle, its pause included. */
export function signalSeconds(pattern: SignalPattern): number {
  return pattern.repeat * (pattern.sound + pattern.pause);
}

/** "鸣 36 秒、停 24 秒，反复 3 遍，时长 3 分钟" — written from the pattern, never by hand. */
export function describeSignal(pattern: SignalPattern): string {
  const length = duration(signalSeconds(pattern));
  if (pattern.pause === 0 && pattern.repeat === 1) return `连续鸣响 ${length}`;
  return `鸣 ${pattern.sound} 秒、停 ${pattern.pause} 秒，反复 ${pattern.repeat} 遍，时长 ${length}`;
}

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return [minutes ? `${minutes} 分钟` : '', rest ? `${rest} 秒` : ''].join('');
}

/** "HH:MM" plus minutes, or undefined past midnight. */
export function addMinutes(time: string, minutes: number): string | undefined {
  if (!CLOCK_TIME.test(time)) return undefined;
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  if (total > 24 * 60) return undefined;
  if (total === 24 * 60) return '24:00';
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** When a signal started at `time` ends (rounded up to the minute), or undefined past midnight. */
export function signalEnd(signal: AlarmSignalName, time: string): string | undefined {
  return addMinutes(time, Math.ceil(signalSeconds(ALARM_SIGNALS[signal]) / 60));
}

/** A test's window: from the first signal's start to the last signal's end. */
export function testWindow(signals: readonly { signal: AlarmSignalName; time: string }[]): { start: string; end: string } | undefined {
  const first = signals[0];
  const last = signals.at(-1);
  if (!first || !last) return undefined;
  const end = signalEnd(last.signal, last.time);
  return end === undefined ? undefined : { start: first.time, end };
}

/** The next test on or after today (earliest first), or undefined when none is announced. */
export function nextTest<T extends { data: { date: string } }>(tests: readonly T[], today: string): T | undefined {
  return tests.filter((t) => t.data.date >= today).sort((a, b) => a.data.date.localeCompare(b.data.date))[0];
}
