import { describe, expect, it } from 'vitest';
import { danglingEdges, describeBranches, layoutGraph, linearEdges, stepBranches, stepProblems, stepsToGraph, textWidth, wrapText } from './flowchart.ts';

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

  it('makes a box taller when its label wraps, each line within the box', () => {
    const layout = layoutGraph([{ id: 'a', label: '受理' }, { id: 'b', label: '对申请材料进行实质审查并出具审查意见', note: '4 个工作日' }], [{ from: 'a', to: 'b' }], { boxWidth: 120, padding: 10 });
    const [short, long] = layout.boxes;
    expect(long!.lines.length).toBeGreaterThan(1);
    expect(long!.noteLines).toEqual(['4 个工作日']);
    expect(short!.height).toBe(Math.ceil(20 + 16 * 1.4));
    expect(long!.height).toBe(Math.ceil(20 + long!.lines.length * 16 * 1.4 + 14 * 1.4));
    for (const line of long!.lines) expect(textWidth(line)).toBeLessThanOrEqual((120 - 20) / 16);
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

describe('branches in words', () => {
  const steps = [
    { name: '申请' },
    { id: 'accept', name: '受理', decision: true, next: [{ to: 'review', when: '受理' }, { to: 'refuse', when: '不予受理' }, { to: 'fix', when: '材料不全' }] },
    { id: 'fix', name: '一次性告知补正', next: [{ to: 'accept' }] },
    { id: 'refuse', name: '出具不予受理通知书', end: true },
    { id: 'review', name: '审查' },
  ];
  it('says where each answer of a decision leads, marking an end', () => {
    expect(describeBranches(stepBranches(steps, 1))).toBe('受理 → 审查；不予受理 → 出具不予受理通知书（结束）；材料不全 → 一次性告知补正');
  });
  it('reads a single way back without a condition as “之后”, and a step without next as no branches', () => {
    expect(describeBranches(stepBranches(steps, 2))).toBe('之后 → 受理');
    expect(stepBranches(steps, 0)).toEqual([]);
  });
});

describe('rules of steps that lead to each other', () => {
  const linear = [{ name: '申请' }, { name: '受理' }, { name: '决定' }];
  const branching = [
    { name: '申请' },
    { id: 'check', name: '受理', decision: true, next: [{ to: 'ok', when: '受理' }, { to: 'fix', when: '材料不全' }, { to: 'no', when: '不予受理' }] },
    { id: 'fix', name: '补正', next: [{ to: 'check', when: '补正后' }] },
    { id: 'no', name: '不予受理', end: true },
    { id: 'ok', name: '决定' },
  ];

  it('accepts a linear process and a process whose loop has a way out', () => {
    expect(stepProblems(linear)).toEqual([]);
    expect(stepProblems(branching)).toEqual([]);
    expect(stepProblems([])).toEqual([]);
  });

  it('names a next that leads to no step, listing the ids there are', () => {
    const steps = branching.map((step) => (step.id === 'fix' ? { ...step, next: [{ to: 'chek', when: '补正后' }] } : step));
    expect(stepProblems(steps)).toEqual([{ path: [2, 'next', 0, 'to'], message: '没有编号为“chek”的环节，应为本流程中某个环节的编号（check、fix、no、ok）' }]);
  });

  it('names a loop with no way to an end, at the first step caught in it', () => {
    const steps = [
      { name: '申请' },
      { id: 'check', name: '受理', next: [{ to: 'fix' }] },
      { id: 'fix', name: '补正', next: [{ to: 'check' }] },
      { name: '决定', end: true },
    ];
    expect(stepProblems(steps)).toEqual([
      { path: [3], message: '没有环节通向“决定”，应由某个环节的 next 指向它，或去掉它前面环节的 end: true' },
      { path: [0], message: '从“申请”、“受理”、“补正”出发都走不到流程终点（路径在这些环节间循环），应为其中某个环节加一个通向终点（end: true）或后续环节的去向' },
    ]);
  });

  it('asks a decision for at least two labelled ways out, and a step with several for decision: true', () => {
    expect(stepProblems([{ name: '受理', decision: true }, { name: '决定' }])).toEqual([
      { path: [0, 'decision'], message: '判断环节“受理”只有 0 个去向，应在 next 中写明至少两个去向的环节编号（to）和条件（when）' },
    ]);
    expect(stepProblems([{ name: '受理', next: [{ to: 'a' }, { to: 'b', when: '不予受理' }] }, { id: 'a', name: '决定', end: true }, { id: 'b', name: '告知' }])).toEqual([
      { path: [0, 'next'], message: '“受理”有 2 个去向，应标为判断环节（decision: true）' },
      { path: [0, 'next', 0], message: '去向“a”没有写条件，有多个去向时应为每个去向写明条件（when），如 材料不全' },
    ]);
  });

  it('refuses a repeated id and an end that still leads on', () => {
    expect(stepProblems([{ id: 'a', name: '受理' }, { id: 'a', name: '审查', end: true, next: [{ to: 'a' }] }])).toEqual([
      { path: [1, 'id'], message: '环节编号“a”与第 1 个环节“受理”重复，应为本流程中唯一的编号' },
      { path: [1, 'end'], message: '“审查”是流程终点，不能再有下一环节：去掉 end: true，或去掉 next' },
    ]);
  });
});
