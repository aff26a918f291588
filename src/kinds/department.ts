// content/department.yaml: 部门职责、职责边界 and 事中事后监管制度, one file (shown on /duties/).
import { departmentSchema } from '../schemas/department.ts';
import { defineSingle } from './define.ts';

export default defineSingle({
  label: '部门职责与职责边界',
  schema: departmentSchema,
  page: { url: '/duties/', under: 'responsibilities' },
});
