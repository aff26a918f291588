// content/apply.yaml: the 依申请公开 page (/apply/): procedure, time limits, form and ways to apply.
import { applySchema } from '../schemas/apply.ts';
import { defineSingle } from './define.ts';

export default defineSingle({
  label: '依申请公开',
  schema: applySchema,
  page: { url: '/apply/', under: 'reports' },
});
