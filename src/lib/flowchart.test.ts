import { describe, expect, it } from 'vitest';
import { layoutFlow, textWidth, wrapText } from './flowchart.ts';

describe('text width and wrapping', () => {
  it('counts a Chinese character as one em and Latin characters as about half', () => {
    expect(textWidth('受理')).toBe(2);
    expect(textWidth('20')).toBeCloseTo(1.1);
  });
  it('wraps long Chinese labels within the width', () => {
    expect(wrapText('审查申请材料是否齐全并符合法定形式', 8)).toEqual(['审查申请材料是否', '齐全并符合法定形', '式']);
  });
  it('keeps closing punctuation on the line before', () => {
    expect(wrapText('受理申请，出具受理通知书', 4)).toEqual(['受理申请，', '出具受理', '通知书']);
  });
  it('returns one empty line for empty text', () => {
    expect(wrapText('', 5)).toEqual(['']);
  });
});

describe('flowchart layout', () => {
  it('stacks one box per step with an arrow between each pair', () => {
    const layout = layoutFlow([{ label: '申请' }, { label: '受理', note: '1 个工作日' }, { label: '决定' }], { boxWidth: 200, fontSize: 16, padding: 10, gap: 30 });
    expect(layout.boxes).toHaveLength(3);
    expect(layout.arrows).toHaveLength(2);
    const [first, second, third] = layout.boxes;
    expect(first).toMatchObject({ x: 4, y: 4, width: 200, lines: ['申请'], noteLines: [] });
    expect(first!.height).toBe(Math.ceil(20 + 16 * 1.4));
    expect(second!.noteLines).toEqual(['1 个工作日']);
    expect(second!.y).toBe(first!.y + first!.height + 30);
    // Each arrow runs from the bottom of one box to the top of the next, down the middle.
    expect(layout.arrows[0]).toEqual({ x1: 104, y1: first!.y + first!.height, x2: 104, y2: second!.y });
    expect(layout.arrows[1]!.y2).toBe(third!.y);
    expect(layout.height).toBe(third!.y + third!.height + 4);
    expect(layout.width).toBe(208);
  });
  it('makes a box taller when its label wraps', () => {
    const short = layoutFlow([{ label: '受理' }], { boxWidth: 120, padding: 10 });
    const long = layoutFlow([{ label: '对申请材料进行实质审查并出具审查意见' }], { boxWidth: 120, padding: 10 });
    expect(long.boxes[0]!.lines.length).toBeGreaterThan(1);
    expect(long.boxes[0]!.height).toBeGreaterThan(short.boxes[0]!.height);
    for (const line of long.boxes[0]!.lines) expect(textWidth(line)).toBeLessThanOrEqual((120 - 20) / 16);
  });
  it('lays out nothing for no steps', () => {
    expect(layoutFlow([])).toMatchObject({ boxes: [], arrows: [], height: 0 });
  });
});
