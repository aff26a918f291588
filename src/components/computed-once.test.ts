// What pages share is worked out once per build: the main menu, chart layouts and field shapes.
// Each shared result must be what the page would have computed itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutGraph, linearEdges } from '../lib/flowchart.ts';
import { requireFieldShape } from '../lib/field-shape.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { listKind } from '../kinds/index.ts';
import { sharedLayout } from './flowchart-layout.ts';
import { fieldShapeOf } from './kind/field-shapes.ts';
import { isCurrentSection, mainMenu } from './site-menu.ts';
import { publishedInTime, withdrawnInTime } from './enforcement/deadlines.ts';
import { publicationTimeliness, withdrawalTimeliness } from '../lib/disclosure.ts';

describe('the main menu', () => {
  const current = (path: string) => mainMenu.filter((entry) => isCurrentSection(entry, path)).map((entry) => entry.label);

  it('marks the section a page belongs to, lists filed under it included', () => {
    expect(current('/services/RF-XK-001-01/')).toEqual(['办事服务']);
    expect(current('/catalogue/')).toEqual(['信息公开指南']);
    // 依申请公开 is reached from the guide and says so in its breadcrumbs: one section, not 年度报告 too.
    expect(current('/apply/')).toEqual(['信息公开指南']);
    expect(current('/apply/form/')).toEqual(['信息公开指南']);
    // A list's own address belongs to the section its record names.
    expect(current(listKind('penalties').url)).toEqual([listKind('penalties').menu]);
    expect(current('/')).toEqual([]);
  });
});

describe('shared chart layouts', () => {
  const nodes = [
    { id: 'a', label: '受理' },
    { id: 'b', label: '审查' },
    { id: 'c', label: '决定' },
  ];

  it('gives the same layout as laying the chart out again, once per distinct graph', () => {
    const first = sharedLayout(nodes, linearEdges(nodes));
    expect(first).toEqual(layoutGraph(nodes, linearEdges(nodes)));
    expect(sharedLayout(structuredClone(nodes), linearEdges(nodes))).toBe(first);
    const other = [...nodes, { id: 'd', label: '送达' }];
    expect(sharedLayout(other, linearEdges(other))).not.toBe(first);
  });
});

describe('field shapes', () => {
  it('are the schema’s, and an unknown field still fails naming the kind', () => {
    expect(fieldShapeOf('powers', 'name')).toEqual(requireFieldShape(jsonSchemaOf(listKind('powers').schema), 'name', ''));
    expect(() => fieldShapeOf('powers', 'noSuchField')).toThrow(/powers/);
  });
});

describe('decision deadlines', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are counted as the page would count them, once per pair of dates in a build', () => {
    vi.stubEnv('PROD', true);
    const late = { decisionDate: '2025-09-26', publishDate: '2025-10-20' };
    expect(publishedInTime(late)).toEqual(publicationTimeliness(late));
    expect(publishedInTime(late).onTime).toBe(false);
    expect(publishedInTime({ ...late })).toBe(publishedInTime(late));
    const other = { decisionDate: '2025-09-26', publishDate: '2025-09-30' };
    expect(publishedInTime(other)).toEqual(publicationTimeliness(other));
    expect(publishedInTime(other).onTime).toBe(true);
    const withdrawal = { decidedDate: '2025-09-26', date: '2025-10-09' };
    expect(withdrawnInTime(withdrawal)).toEqual(withdrawalTimeliness(withdrawal));
    expect(withdrawnInTime({ ...withdrawal })).toBe(withdrawnInTime(withdrawal));
  });

  it('are counted afresh outside a build', () => {
    vi.stubEnv('PROD', false);
    const dates = { decisionDate: '2024-01-02', publishDate: '2024-01-05' };
    expect(publishedInTime(dates)).toEqual(publicationTimeliness(dates));
    expect(publishedInTime(dates)).not.toBe(publishedInTime(dates));
  });
});
