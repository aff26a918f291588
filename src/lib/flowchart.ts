// Layout of a process (办理流程, 执法流程) as boxes joined by arrows, computed at build time by
// dagre so the page needs no client JavaScript. Chinese labels wrap by display width: a CJK
// character is one em wide, Latin letters and digits about half.
import dagre from '@dagrejs/dagre';

export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  noteLines: string[];
}

export interface FlowOptions {
  boxWidth?: number;
  fontSize?: number;
  padding?: number;
  gap?: number;
}

/** Display width of a string in ems. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0000-\u00ff]/.test(char) ? 0.55 : 1;
  return width;
}

/** Break text into lines no wider than `maxEms`, preferring to break after Chinese punctuation. */
export function wrapText(text: string, maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (textWidth(line + char) > maxEms && line) {
      // Keep closing punctuation with the line before it rather than starting a line with it.
      if (/[，。、；：）」》,.;:)]/.test(char)) {
        lines.push(line + char);
        line = '';
        continue;
      }
      lines.push(line);
      line = char;
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Sizes of the layout, and how a box's text wraps and how tall the box becomes. */
function boxMetrics(options: FlowOptions, defaults: { boxWidth: number; gap: number }) {
  const boxWidth = options.boxWidth ?? defaults.boxWidth;
  const fontSize = options.fontSize ?? 16;
  const padding = options.padding ?? 12;
  const gap = options.gap ?? defaults.gap;
  const noteFontSize = Math.round(fontSize * 0.85);
  const lineHeight = 1.4;
  const maxEms = (boxWidth - 2 * padding) / fontSize;
  const maxNoteEms = (boxWidth - 2 * padding) / noteFontSize;
  const measure = (label: string, note: string | undefined) => {
    const lines = wrapText(label, maxEms);
    const noteLines = note ? wrapText(note, maxNoteEms) : [];
    const height = Math.ceil(2 * padding + lines.length * fontSize * lineHeight + noteLines.length * noteFontSize * lineHeight);
    return { lines, noteLines, height };
  };
  return { boxWidth, fontSize, gap, noteFontSize, lineHeight, measure };
}

// Processes with branches (受理/不予受理, 补正, 听证, 复议): nodes and labelled edges laid out by dagre
// at build time. Linear processes are the special case of one edge from each step to the next.

export interface GraphNode {
  id: string;
  label: string;
  note?: string;
  /** A question with several ways out, drawn as a diamond-cornered box. */
  decision?: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** The condition of a branch: “符合条件”, “材料不全”. */
  label?: string;
}

export interface GraphBox extends FlowBox {
  id: string;
  decision: boolean;
}

export interface GraphEdgeLayout {
  from: string;
  to: string;
  points: { x: number; y: number }[];
  label?: { text: string; x: number; y: number; width: number; height: number };
}

export interface GraphLayout {
  width: number;
  height: number;
  boxes: GraphBox[];
  edges: GraphEdgeLayout[];
  fontSize: number;
  noteFontSize: number;
  lineHeight: number;
}

/** Edges from each step to the next: how a linear process becomes a graph. */
export function linearEdges(nodes: readonly { id: string }[]): GraphEdge[] {
  return nodes.slice(1).map((node, index) => ({ from: nodes[index]!.id, to: node.id }));
}

/** Edges that name a step the graph does not have, as “from → to”: the schema's check reads these. */
export function danglingEdges(nodes: readonly { id: string }[], edges: readonly GraphEdge[]): string[] {
  const ids = new Set(nodes.map((node) => node.id));
  return edges.filter((edge) => !ids.has(edge.from) || !ids.has(edge.to)).map((edge) => `${edge.from} → ${edge.to}`);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function layoutGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], options: FlowOptions = {}): GraphLayout {
  const { boxWidth, fontSize, gap, noteFontSize, lineHeight, measure } = boxMetrics(options, { boxWidth: 220, gap: 40 });
  const margin = 8;
  const dangling = danglingEdges(nodes, edges);
  if (dangling.length > 0) throw new Error(`流程图的连线指向不存在的环节：${dangling.join('；')}`);

  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: gap, edgesep: 16, marginx: margin, marginy: margin });
  graph.setDefaultEdgeLabel(() => ({}));
  const sized = nodes.map((node) => {
    const { lines, noteLines, height } = measure(node.label, node.note);
    graph.setNode(node.id, { width: boxWidth, height });
    return { node, lines, noteLines, height };
  });
  for (const edge of edges) {
    const labelWidth = edge.label ? Math.ceil(textWidth(edge.label) * noteFontSize) + 8 : 0;
    graph.setEdge(edge.from, edge.to, edge.label ? { width: labelWidth, height: Math.ceil(noteFontSize * lineHeight), labelpos: 'c' } : {});
  }
  dagre.layout(graph);

  const boxes: GraphBox[] = sized.map(({ node, lines, noteLines, height }) => {
    const placed = graph.node(node.id);
    return { id: node.id, decision: node.decision === true, x: round1(placed.x - boxWidth / 2), y: round1(placed.y - height / 2), width: boxWidth, height, lines, noteLines };
  });
  const laid: GraphEdgeLayout[] = edges.map((edge) => {
    // dagre types an edge's label object loosely; after layout it carries the route and label centre.
    const placed = graph.edge(edge.from, edge.to) as { points?: { x: number; y: number }[]; x?: number; y?: number; width?: number; height?: number };
    const points = (placed.points ?? []).map((p) => ({ x: round1(p.x), y: round1(p.y) }));
    return {
      from: edge.from,
      to: edge.to,
      points,
      ...(edge.label ? { label: { text: edge.label, x: round1(placed.x ?? 0), y: round1(placed.y ?? 0), width: placed.width ?? 0, height: placed.height ?? 0 } } : {}),
    };
  });
  const size = graph.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), boxes, edges: laid, fontSize, noteFontSize, lineHeight };
}

/** A step as content writes it: linear unless it names where it leads (`next`) or ends the process. */
export interface ContentStep {
  id?: string;
  name: string;
  note?: string;
  decision?: boolean;
  next?: { to: string; when?: string }[];
  end?: boolean;
}

/** The id a step goes by: its own, or its place (s1, s2, …) when content gives none. */
export const stepIdOf = (step: { id?: string }, index: number): string => step.id ?? `s${index + 1}`;

/** Nodes and edges of a process written as steps: a step without `next` leads to the one after it. */
export function stepsToGraph(steps: readonly ContentStep[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const idOf = stepIdOf;
  const nodes = steps.map((step, index) => ({ id: idOf(step, index), label: step.name, ...(step.note ? { note: step.note } : {}), ...(step.decision ? { decision: true } : {}) }));
  const edges = steps.flatMap((step, index): GraphEdge[] => {
    if (step.next) return step.next.map((n) => ({ from: idOf(step, index), to: n.to, ...(n.when ? { label: n.when } : {}) }));
    const following = steps[index + 1];
    return step.end || !following ? [] : [{ from: idOf(step, index), to: idOf(following, index + 1) }];
  });
  return { nodes, edges };
}

/** One way out of a step, as the text alternative reads it: “材料不全 → 一次性告知补正”. */
export interface StepBranch {
  when?: string;
  to: string;
  /** The step it leads to ends the process. */
  end: boolean;
}

/** Where each written `next` of step `index` leads, by the target's name (empty for a step without `next`). */
export function stepBranches(steps: readonly ContentStep[], index: number): StepBranch[] {
  const byId = new Map(steps.map((step, i) => [stepIdOf(step, i), step]));
  return (steps[index]?.next ?? []).map((n) => {
    const target = byId.get(n.to);
    return { ...(n.when ? { when: n.when } : {}), to: target?.name ?? n.to, end: target?.end === true };
  });
}

/** “受理 → 审查；不予受理 → 出具不予受理通知书（结束）”: a step's branches in one sentence. */
export function describeBranches(branches: readonly StepBranch[]): string {
  return branches.map((b) => `${b.when ?? '之后'} → ${b.to}${b.end ? '（结束）' : ''}`).join('；');
}

/** A problem with how steps lead to each other; `path` starts at the step list (0 is its first step). */
export interface StepProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules every process with branches keeps (办理流程 and 执法流程 alike): ids are unique, every
 * `next` names a step, a decision has at least two labelled ways out, an end leads nowhere, every
 * step can be reached from the first and every path can reach an end (a loop such as 补正 needs a way out).
 */
export function stepProblems(steps: readonly ContentStep[]): StepProblem[] {
  const problems: StepProblem[] = [];
  const ids = steps.map(stepIdOf);
  const firstAt = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = firstAt.get(id);
    if (earlier === undefined) firstAt.set(id, index);
    else problems.push({ path: [index, 'id'], message: `环节编号“${id}”与第 ${earlier + 1} 个环节“${steps[earlier]!.name}”重复，应为本流程中唯一的编号` });
  });
  const known = [...firstAt.keys()].filter((id) => !/^s\d+$/.test(id) || steps.some((step) => step.id === id));
  // Until ids are unique, every next lands and every decision has its ways out, the graph is guesswork.
  let unsure = firstAt.size < steps.length;
  steps.forEach((step, index) => {
    const next = step.next ?? [];
    if (step.end && next.length > 0) problems.push({ path: [index, 'end'], message: `“${step.name}”是流程终点，不能再有下一环节：去掉 end: true，或去掉 next` });
    next.forEach((n, k) => {
      if (!firstAt.has(n.to)) {
        unsure = true;
        problems.push({ path: [index, 'next', k, 'to'], message: `没有编号为“${n.to}”的环节，应为本流程中某个环节的编号${known.length ? `（${known.join('、')}）` : '（先给要去的环节写上 id）'}` });
      }
    });
    if (step.decision && next.length < 2) {
      unsure = true;
      problems.push({ path: [index, 'decision'], message: `判断环节“${step.name}”只有 ${next.length} 个去向，应在 next 中写明至少两个去向的环节编号（to）和条件（when）` });
    }
    if (next.length > 1) {
      if (!step.decision) problems.push({ path: [index, 'next'], message: `“${step.name}”有 ${next.length} 个去向，应标为判断环节（decision: true）` });
      next.forEach((n, k) => {
        if (!n.when) problems.push({ path: [index, 'next', k], message: `去向“${n.to}”没有写条件，有多个去向时应为每个去向写明条件（when），如 材料不全` });
      });
    }
  });
  // Reachability would only repeat those problems in other words: they come first.
  if (unsure || steps.length === 0) return problems;

  const { edges } = stepsToGraph(steps);
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    out.set(edge.from, [...(out.get(edge.from) ?? []), edge.to]);
    into.set(edge.to, [...(into.get(edge.to) ?? []), edge.from]);
  }
  const walk = (start: string[], links: Map<string, string[]>) => {
    const seen = new Set(start);
    const queue = [...start];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const to of links.get(id) ?? []) if (!seen.has(to)) (seen.add(to), queue.push(to));
    }
    return seen;
  };
  const reached = walk([ids[0]!], out);
  // An end is any step with no way out: one marked end, or the last step without next.
  const canEnd = walk(ids.filter((id) => !out.has(id)), into);
  steps.forEach((step, index) => {
    if (firstAt.get(ids[index]!) !== index) return;
    if (!reached.has(ids[index]!)) problems.push({ path: [index], message: `没有环节通向“${step.name}”，应由某个环节的 next 指向它，或去掉它前面环节的 end: true` });
  });
  const stuck = steps.map((step, index) => ({ step, index })).filter(({ index }) => firstAt.get(ids[index]!) === index && reached.has(ids[index]!) && !canEnd.has(ids[index]!));
  const [first] = stuck;
  if (first) {
    // A step that cannot reach an end always leads into a loop: name every step caught in it.
    const names = stuck.map(({ step }) => `“${step.name}”`).join('、');
    problems.push({
      path: first.step.next ? [first.index, 'next'] : [first.index],
      message: `从${names}出发都走不到流程终点（路径在这些环节间循环），应为其中某个环节加一个通向终点（end: true）或后续环节的去向`,
    });
  }
  return problems;
}
