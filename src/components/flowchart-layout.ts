// Service guides of one office mostly share their process (受理, 审查, 决定, 送达), so a chart's
// layout is worked out once per distinct graph in a build and reused by the pages that draw it.
import { layoutGraph, type GraphEdge, type GraphLayout, type GraphNode } from '../lib/flowchart.ts';

/** Enough for every distinct process of a large office; past it, layouts are simply not kept. */
const MAX_KEPT = 1000;
const kept = new Map<string, GraphLayout>();

/** layoutGraph's result for these nodes and edges (the same object for the same graph: read it, never change it). */
export function sharedLayout(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): GraphLayout {
  const key = JSON.stringify([nodes, edges]);
  let layout = kept.get(key);
  if (!layout) {
    layout = layoutGraph(nodes, edges);
    if (kept.size < MAX_KEPT) kept.set(key, layout);
  }
  return layout;
}
