// Bad-content corpus, steps that lead to each other: a 办理流程 (service guide) or 执法流程 with
// branches whose `next` names no step, whose loop never reaches an end, or whose decision has no
// ways out. Both kinds share one rule (src/schemas/flow-steps.ts, src/lib/flowchart.ts stepProblems).
import type { CorpusCase } from './case.ts';
import { replace } from '../test-tree.ts';

const SERVICE = 'content/services/S-001.md';
const FLOW = 'content/enforcement/flows/F-001.yaml';

/** The fixture guide's one step (front matter lines 20–24) replaced by `steps`, starting on line 21. */
const serviceSteps = (steps: string) => ({ [SERVICE]: replace(/steps:\n[\s\S]*?(?=legalLimit:)/, `steps:\n${steps}`) });

/** A 受理 decision with 补正 looping back and 不予受理 as an end: valid as written. */
const BRANCHING = [
  '  - name: 申请', // 21
  '    days: 0',
  '    countsTowardLimit: false',
  '    description: 提交申请。',
  '  - id: accept', // 25
  '    name: 受理',
  '    days: 1',
  '    countsTowardLimit: true',
  '    decision: true',
  '    description: 审查材料。',
  '    next:', // 31
  '      - { to: review, when: 受理 }',
  '      - { to: correct, when: 材料不全 }',
  '      - { to: refuse, when: 不予受理 }',
  '  - id: correct', // 35
  '    name: 一次性告知补正',
  '    days: 0',
  '    countsTowardLimit: false',
  '    description: 告知补正内容。',
  '    next:', // 40
  '      - { to: accept, when: 补正后重新提交 }', // 41
  '  - id: refuse', // 42
  '    name: 不予受理',
  '    days: 0',
  '    countsTowardLimit: false',
  '    end: true',
  '    description: 出具不予受理通知书。',
  '  - id: review', // 48
  '    name: 审查决定',
  '    days: 5',
  '    countsTowardLimit: true',
  '    description: 作出决定。',
  '',
].join('\n');

export const cases: CorpusCase[] = [
  {
    name: 'a guide whose 受理 branches to 补正 and 不予受理',
    edits: serviceSteps(BRANCHING),
    acceptedBecause: '每个去向都指向已有环节、判断环节有写明条件的多个去向、补正的循环可回到受理再走到终点、不予受理是流程终点',
  },
  {
    name: 'a guide step whose next names a step that does not exist',
    edits: serviceSteps(BRANCHING.replace('{ to: accept, when: 补正后重新提交 }', '{ to: acept, when: 补正后重新提交 }')),
    refused: [
      'content/services/S-001.md:41 办理流程[3].下一环节[1].去向环节编号（steps[2].next[0].to） — 没有编号为“acept”的环节，应为本流程中某个环节的编号（accept、correct、refuse、review）',
    ],
  },
  {
    name: 'a guide whose 审查 sends every case back to 受理, so no path ends',
    edits: serviceSteps(
      BRANCHING.replace('      - { to: refuse, when: 不予受理 }\n', '')
        .replace(/  - id: refuse\n(?:    [^\n]*\n){5}/, '')
        .replace('    description: 作出决定。\n', '    description: 作出决定。\n    next:\n      - { to: accept, when: 退回重新受理 }\n'),
    ),
    refused: [
      'content/services/S-001.md:21 办理流程[1]（steps[0]） — 从“申请”、“受理”、“一次性告知补正”、“审查决定”出发都走不到流程终点（路径在这些环节间循环），应为其中某个环节加一个通向终点（end: true）或后续环节的去向',
    ],
  },
  {
    name: 'a guide decision with no ways out written',
    edits: serviceSteps(BRANCHING.replace(/    next:\n      - \{ to: review[^\n]*\n[^\n]*\n[^\n]*\n/, '')),
    refused: [
      'content/services/S-001.md:29 办理流程[2].判断环节（steps[1].decision） — 判断环节“受理”只有 0 个去向，应在 next 中写明至少两个去向的环节编号（to）和条件（when）',
    ],
  },
  {
    name: 'an enforcement flow step whose next names a step that does not exist',
    edits: { [FLOW]: replace('  - name: 决定\n', '  - name: 决定\n    next: [{ to: hearing }]\n') },
    refused: [
      'content/enforcement/flows/F-001.yaml:9 流程环节[2].下一环节[1].去向环节编号（steps[1].next[0].to） — 没有编号为“hearing”的环节，应为本流程中某个环节的编号（先给要去的环节写上 id）',
    ],
  },
];
