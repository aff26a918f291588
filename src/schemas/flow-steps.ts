// The branching fields of a process step, shared by 办理流程 (services) and 执法流程 (enforcement
// flows): one definition, one set of labels, one rule (src/lib/flowchart.ts stepProblems). A list
// without any of them reads as today's linear process, each step leading to the next.
import { z } from 'astro/zod';
import { label, text, code, records } from './fields.ts';
import { stepProblems, type ContentStep } from '../lib/flowchart.ts';

/** The step's own id, written where another step's `next` must name it. */
export const stepId = () => label(code(), '环节编号', '有分支的流程中供“下一环节”引用，如 accept').optional();

/** Whether the step is a question, where it leads, and whether it ends the process. */
export const branchFields = () => ({
  decision: label(z.boolean({ error: '应为 true 或 false' }), '判断环节', '受理审查、是否听证等有多个去向的环节').optional(),
  next: label(
    records({ to: label(code(), '去向环节编号'), when: label(text(), '条件', '如 材料不全').optional() }).min(1, '至少一个去向'),
    '下一环节',
    '有分支时写明去向和条件；不写则接下一个环节',
  ).optional(),
  end: label(z.boolean({ error: '应为 true 或 false' }), '流程终点', '如 不予受理；其后不接下一个环节').optional(),
});

/** Report each broken link of `steps` (at `at`, e.g. ['steps']) as an issue on the field to fix. */
export function checkFlowSteps(steps: readonly ContentStep[], ctx: z.RefinementCtx, at: (string | number)[] = ['steps']): void {
  for (const problem of stepProblems(steps)) ctx.addIssue({ code: 'custom', path: [...at, ...problem.path], message: problem.message });
}
