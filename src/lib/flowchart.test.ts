import { describe, expect, it } from 'vitest';
import { danglingEdges, layoutFlow, layoutGraph, linearEdges, stepsToGraph, textWidth, wrapText } from './flowchart.ts';

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

describe('graph layout with branches', () => {
  const nodes = [
    { id: 'apply', label: '申请' },
    { id: 'check', label: '受理审查', decision: true },
    { id: 'fix', label: '一次性告知补正' },
    { id: 'refuse', label: '不予受理' },
    { id: 'accept', label: '受理' },
  ];
  const edges = [
    { from: 'apply', to: 'check' },
    { from: 'check', to: 'accept', label: '符合条件' },
    { from: 'check', to: 'fix', label: '材料不全' },
    { from: 'check', to: 'refuse', label: '不属于受理范围' },
    { from: 'fix', to: 'check', label: '补正后' },
  ];

  it('places every step with no two boxes overlapping, and ranks branches below their decision', () => {
    const layout = layoutGraph(nodes, edges);
    expect(layout.boxes.map((b) => b.id)).toEqual(nodes.map((n) => n.id));
    const overlap = (a: (typeof layout.boxes)[number], b: (typeof layout.boxes)[number]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const [i, a] of layout.boxes.entries()) for (const b of layout.boxes.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    const box = (id: string) => layout.boxes.find((b) => b.id === id)!;
    for (const id of ['accept', 'refuse']) expect(box(id).y).toBeGreaterThan(box('check').y + box('check').height);
    expect(box('check').decision).toBe(true);
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('routes each edge from its step to the next, with the branch condition as its label', () => {
    const layout = layoutGraph(nodes, edges);
    expect(layout.edges.map((e) => [e.from, e.to, e.label?.text])).toEqual(edges.map((e) => [e.from, e.to, e.label]));
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('lays out a linear process as one column', () => {
    const steps = [{ id: 'a', label: '申请' }, { id: 'b', label: '受理' }, { id: 'c', label: '决定' }];
    const layout = layoutGraph(steps, linearEdges(steps));
    expect(linearEdges(steps)).toEqual([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }]);
    expect(new Set(layout.boxes.map((b) => b.x)).size).toBe(1);
    expect(layout.boxes[0]!.y).toBeLessThan(layout.boxes[1]!.y);
  });

  it('refuses an edge to a step that does not exist, naming it', () => {
    expect(danglingEdges(nodes, [{ from: 'check', to: 'hearing' }])).toEqual(['check → hearing']);
    expect(() => layoutGraph(nodes, [{ from: 'check', to: 'hearing' }])).toThrow('check → hearing');
  });
});

describe('steps as content writes them', () => {
  it('links each step to the next unless it branches or ends', () => {
    const graph = stepsToGraph([
      { name: '申请' },
      { id: 'check', name: '审查', decision: true, next: [{ to: 'ok', when: '符合' }, { to: 'no', when: '不符合' }] },
      { id: 'no', name: '不予受理', end: true },
      { id: 'ok', name: '受理' },
      { name: '决定' },
    ]);
    expect(graph.edges).toEqual([
      { from: 's1', to: 'check' },
      { from: 'check', to: 'ok', label: '符合' },
      { from: 'check', to: 'no', label: '不符合' },
      { from: 'ok', to: 's5' },
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['s1', 'check', 'no', 'ok', 's5']);
    expect(graph.nodes[1]!.decision).toBe(true);
  });
});
