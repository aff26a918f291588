// Layout of a linear process (办理流程, 执法流程) as boxes joined by arrows, computed at build
// time so the page needs no client JavaScript. Chinese labels wrap by display width: a CJK
// character is one em wide, Latin letters and digits about half.
import dagre from '@dagrejs/dagre';

export interface FlowStep {
  label: string;
  /** A second, smaller line such as "2 个工作日". */
  note?: string;
}

export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  noteLines: string[];
}

export interface FlowArrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: FlowBox[];
  arrows: FlowArrow[];
  fontSize: number;
  noteFontSize: number;
  lineHeight: number;
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

/** Sizes shared by both layouts, and how a box's text wraps and how tall the box becomes. */
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

export function layoutFlow(steps: readonly FlowStep[], options: FlowOptions = {}): FlowLayout {
  const { boxWidth, fontSize, gap, noteFontSize, lineHeight, measure } = boxMetrics(options, { boxWidth: 320, gap: 36 });
  const margin = 4;

  const boxes: FlowBox[] = [];
  const arrows: FlowArrow[] = [];
  let y = margin;
  for (const step of steps) {
    const { lines, noteLines, height } = measure(step.label, step.note);
    if (boxes.length > 0) {
      arrows.push({ x1: margin + boxWidth / 2, y1: y - gap, x2: margin + boxWidth / 2, y2: y });
    }
    boxes.push({ x: margin, y, width: boxWidth, height, lines, noteLines });
    y += height + gap;
  }
  const height = boxes.length ? y - gap + margin : 0;
  return { width: boxWidth + 2 * margin, height, boxes, arrows, fontSize, noteFontSize, lineHeight };
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

/** Nodes and edges of a process written as steps: a step without `next` leads to the one after it. */
export function stepsToGraph(steps: readonly ContentStep[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const idOf = (step: ContentStep, index: number) => step.id ?? `s${index + 1}`;
  const nodes = steps.map((step, index) => ({ id: idOf(step, index), label: step.name, ...(step.note ? { note: step.note } : {}), ...(step.decision ? { decision: true } : {}) }));
  const edges = steps.flatMap((step, index): GraphEdge[] => {
    if (step.next) return step.next.map((n) => ({ from: idOf(step, index), to: n.to, ...(n.when ? { label: n.when } : {}) }));
    const following = steps[index + 1];
    return step.end || !following ? [] : [{ from: idOf(step, index), to: idOf(following, index + 1) }];
  });
  return { nodes, edges };
}
