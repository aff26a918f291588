// content/department.yaml: 部门职责、职责边界 and 事中事后监管制度, one file (shown on /duties/).
import { departmentSchema } from '../schemas/department.ts';
import { defineSingle } from './define.ts';

export default defineSingle({
  label: '部门职责与职责边界',
  schema: departmentSchema,
  page: { url: '/duties/', under: 'responsibilities' },
  // What the office is responsible for; its responsibilities are the background to a question, not its answer.
  search: { weight: -2, answers: [{ asks: /职责|职能|管哪些|管什么|负责什么|负责哪些|管不管/, weight: 5 }] },
});
