import { describe, expect, it } from 'vitest';
import { barChart, niceStep, niceTicks } from './chart.ts';

describe('axis ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(57)).toBe(20);
    expect(niceStep(12.2)).toBe(5);
    expect(niceStep(1268.4)).toBe(500);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(0.6)).toBe(0.2);
  });

  it('runs from 0 to the first step at or above the largest value', () => {
    expect(niceTicks(57)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.6)).toEqual([0, 0.2, 0.4, 0.6]);
    // All zero: one step, so that the axis still has a scale.
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('barChart', () => {
  it('places one bar per year, scaled to the axis', () => {
    const chart = barChart([{ year: 2024, value: 51 }, { year: 2025, value: 57 }], { width: 480, height: 220 });
    expect(chart.plot).toEqual({ left: 56, top: 28, right: 468, bottom: 188 });
    expect(chart.ticks).toEqual([{ value: 0, y: 188 }, { value: 20, y: 134.7 }, { value: 40, y: 81.3 }, { value: 60, y: 28 }]);
    expect(chart.bars).toEqual([
      { year: 2024, value: 51, x: 131, y: 52, width: 56, height: 136, centre: 159, valueY: 46 },
      { year: 2025, value: 57, x: 337, y: 36, width: 56, height: 152, centre: 365, valueY: 30 },
    ]);
  });

  it('keeps a slot for a year without a value, so the gap shows', () => {
    const chart = barChart([{ year: 2023, value: 10 }, { year: 2025, value: 5 }], { width: 480, height: 220 });
    expect(chart.bars.map((bar) => [bar.year, bar.value, bar.height])).toEqual([[2023, 10, 160], [2024, undefined, 0], [2025, 5, 80]]);
  });

  it('draws nothing for no points', () => {
    expect(barChart([]).bars).toEqual([]);
  });
});
