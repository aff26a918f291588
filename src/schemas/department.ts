// content/department.yaml: the department's 职责, its boundaries with other departments
// and its 事中事后监管制度, published with the responsibility list.
import { z } from 'astro/zod';
import { label, text, catalogueEntry, records } from './fields.ts';

export const departmentSchema = catalogueEntry({
  duties: label(z.array(text()).min(1, '至少一项职责'), '部门职责'),
  boundaries: label(
    records({
      matter: label(text(), '事项', '存在职责交叉的事项'),
      partner: label(text(), '相关部门'),
      ownDuty: label(text(), '本部门职责'),
      partnerDuty: label(text(), '相关部门职责'),
      coordination: label(text(), '协作机制').optional(),
      basis: label(z.array(text()), '依据').optional(),
    }).min(1, '至少一项职责边界'),
    '职责边界',
    '与相关部门的职责分工',
  ),
  supervision: label(
    records({ name: label(text(), '制度名称'), content: label(text(), '主要内容') }),
    '事中事后监管制度',
  ).optional(),
});

export type Department = z.infer<typeof departmentSchema>;
