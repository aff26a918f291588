// content/registry/<统一社会信用代码>.yaml: the industry registry (人防行业单位名录): units qualified
// for civil air defence design, supervision and protective equipment, and units from other
// provinces filed for work here. An expired qualification is shown as expired from its date:
// only suspensions, revocations and cancellations are recorded.
import { z } from 'astro/zod';
import { label, text, uscc, isoDate, oneOf, catalogueEntry, records, group } from './fields.ts';

export const QUALIFICATION_TYPES = ['人防工程设计', '人防工程监理', '人防防护设备生产安装'] as const;
export const QUALIFICATION_GRADES = ['甲级', '乙级', '丙级', '不分等级'] as const;
/** Recorded states. 已过期 is never recorded: it follows from 有效期至. */
export const QUALIFICATION_STATUSES = ['有效', '暂停', '撤销', '注销'] as const;

export const registrySchema = catalogueEntry({
  creditCode: label(uscc(), '统一社会信用代码', '也是文件名'),
  name: label(text(), '单位名称'),
  address: label(text(), '住所').optional(),
  qualifications: label(
    records({
      type: label(oneOf(QUALIFICATION_TYPES), '资质类别'),
      grade: label(oneOf(QUALIFICATION_GRADES), '资质等级'),
      certNo: label(text(), '证书编号'),
      issuer: label(text(), '发证机关'),
      issueDate: label(isoDate(), '发证日期').optional(),
      validUntil: label(isoDate(), '有效期至', '过了这一天页面自动显示“已过期”'),
      status: label(oneOf(QUALIFICATION_STATUSES), '登记状态', '有效，或 暂停、撤销、注销（写明日期）'),
      statusDate: label(isoDate(), '状态变更日期', '暂停、撤销、注销的日期').optional(),
    }).min(1, '至少一项资质'),
    '资质',
  ),
  staff: label(
    records({
      name: label(text(), '姓名'),
      qualification: label(text(), '执业资格或职称', '如 注册人防工程师、高级工程师'),
      specialty: label(text(), '专业', '如 防护结构、通风').optional(),
      certNo: label(text(), '证书编号').optional(),
    }),
    '资质人员',
    '资质标准要求配备的注册和专业技术人员',
  ).optional(),
  filing: label(
    group({
      province: label(text(), '注册所在地', '省外单位注册地所在省份，如 某某省'),
      filingNo: label(text(), '备案编号'),
      filedDate: label(isoDate(), '备案日期'),
      validUntil: label(isoDate(), '备案有效期至').optional(),
      scope: label(text(), '备案业务范围').optional(),
    }),
    '入省备案',
    '省外单位在本地承接业务的备案；本地单位不填',
  ).optional(),
})
  .superRefine((unit, ctx) => {
    const seen = new Set<string>();
    unit.qualifications.forEach((q, index) => {
      if (q.issueDate && q.validUntil < q.issueDate) {
        ctx.addIssue({ code: 'custom', path: ['qualifications', index, 'validUntil'], message: `不能早于发证日期 ${q.issueDate}` });
      }
      if (q.status === '有效' && q.statusDate) {
        ctx.addIssue({ code: 'custom', path: ['qualifications', index, 'statusDate'], message: '登记状态为“有效”时不填写状态变更日期' });
      }
      if (q.status !== '有效' && !q.statusDate) {
        ctx.addIssue({ code: 'custom', path: ['qualifications', index, 'statusDate'], message: `登记状态为“${q.status}”时必须填写状态变更日期` });
      }
      if (seen.has(q.certNo)) {
        ctx.addIssue({ code: 'custom', path: ['qualifications', index, 'certNo'], message: `证书编号“${q.certNo}”重复` });
      }
      seen.add(q.certNo);
    });
    if (unit.filing?.validUntil && unit.filing.validUntil < unit.filing.filedDate) {
      ctx.addIssue({ code: 'custom', path: ['filing', 'validUntil'], message: `不能早于备案日期 ${unit.filing.filedDate}` });
    }
  });

export type RegistryUnit = z.infer<typeof registrySchema>;
export type Qualification = RegistryUnit['qualifications'][number];
