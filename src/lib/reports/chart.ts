// Geometry of a bar chart of one figure across years, computed at build time and drawn as SVG by
// the figures page: no client script. Years without a value keep their slot, so gaps stay visible.

export interface ChartPoint {
  year: number;
  value: number;
}

export interface Bar {
  year: number;
  value?: number;
  /** Bar rectangle; height 0 for a missing year or a zero value. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the slot, for the year label under the axis and the value above the bar. */
  centre: number;
  valueY: number;
}

export interface Tick {
  value: number;
  y: number;
}

export interface BarChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  ticks: Tick[];
}

export interface ChartSize {
  width: number;
  height: number;
}

const MARGIN = { left: 56, right: 12, top: 28, bottom: 32 };
const MAX_BAR = 56;

const round = (value: number) => Math.round(value * 10) / 10;

/** A round step (1, 2 or 5 times a power of ten) that divides 0…max into about `count` intervals. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9) as number;
  return step;
}

/** Axis values from 0 up to the first step at or above the largest value. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const ticks = [0];
  while ((ticks[ticks.length - 1] as number) < max - 1e-9) ticks.push(Math.round((ticks.length * step) * 1e6) / 1e6);
  if (ticks.length === 1) ticks.push(step);
  return ticks;
}

export function barChart(points: ChartPoint[], size: ChartSize = { width: 480, height: 220 }): BarChart {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
  if (points.length === 0) return { width: size.width, height: size.height, plot, bars: [], ticks: [] };
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const ticks = niceTicks(Math.max(...points.map((p) => p.value)));
  const top = ticks[ticks.length - 1] as number;
  const scale = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / top;
  const slots = last - first + 1;
  const slot = (plot.right - plot.left) / slots;
  const barWidth = Math.min(MAX_BAR, slot * 0.6);
  const bars: Bar[] = [];
  for (let year = first; year <= last; year++) {
    const value = points.find((p) => p.year === year)?.value;
    const centre = plot.left + slot * (year - first + 0.5);
    const y = value === undefined ? plot.bottom : scale(value);
    bars.push({
      year,
      ...(value === undefined ? {} : { value }),
      x: round(centre - barWidth / 2),
      y: round(y),
      width: round(barWidth),
      height: round(plot.bottom - y),
      centre: round(centre),
      valueY: round(y - 6),
    });
  }
  return { width: size.width, height: size.height, plot, bars, ticks: ticks.map((value) => ({ value, y: round(scale(value)) })) };
}
