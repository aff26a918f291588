// The registry of content kinds: one entry per kind, naming its folder under content/,
// its file format, its schema and the field that must equal the file name. Astro's
// collections, the content check, the pages and the exports all read this one list.
import type { z } from 'astro/zod';
import { siteSchema } from './site.ts';
import { departmentSchema } from './department.ts';
import { powerSchema } from './powers.ts';
import { responsibilitySchema } from './responsibilities.ts';
import { serviceSchema } from './services.ts';
import { subjectSchema } from './enforcement/subjects.ts';
import { officerSchema } from './enforcement/officers.ts';
import { enforcementMatterSchema } from './enforcement/matters.ts';
import { inspectionItemSchema } from './enforcement/inspection-items.ts';
import { inspectionPlanSchema } from './enforcement/inspection-plans.ts';
import { penaltySchema } from './enforcement/penalties.ts';
import { permitSchema } from './enforcement/permits.ts';
import { recordingItemSchema } from './enforcement/recording-items.ts';
import { legalReviewItemSchema } from './enforcement/legal-review-items.ts';
import { enforcementFlowSchema } from './enforcement/flows.ts';
import { documentTemplateSchema } from './enforcement/templates.ts';
import { enforcementGuideSchema } from './enforcement/guides.ts';
import { lenientMeasureSchema } from './enforcement/lenient.ts';
import { discretionStandardSchema } from './enforcement/discretion.ts';
import { reportSchema } from './reports.ts';
import { documentSchema } from './documents.ts';
import { interpretationSchema } from './interpretations.ts';
import { cleanupSchema } from './cleanups.ts';
import { registrySchema } from './registry.ts';

export interface ContentKind {
  /** Chinese name shown to readers and in error messages. */
  label: string;
  /** Folder (for collections) or file (for single entries) under content/. */
  path: string;
  format: 'yaml' | 'markdown';
  /** A single file rather than a folder of entries. */
  single?: true;
  schema: z.ZodType;
  /** The field whose value must equal the file name, so codes and URLs never drift apart. */
  idField?: string;
}

export const contentKinds = {
  site: { label: '网站与机关信息', path: 'site.yaml', format: 'yaml', single: true, schema: siteSchema },
  department: { label: '部门职责与职责边界', path: 'department.yaml', format: 'yaml', single: true, schema: departmentSchema },
  powers: { label: '权力清单', path: 'powers', format: 'yaml', schema: powerSchema, idField: 'code' },
  responsibilities: { label: '责任清单', path: 'responsibilities', format: 'yaml', schema: responsibilitySchema, idField: 'power' },
  services: { label: '服务指南', path: 'services', format: 'markdown', schema: serviceSchema, idField: 'code' },
  subjects: { label: '执法主体', path: 'enforcement/subjects', format: 'yaml', schema: subjectSchema, idField: 'code' },
  officers: { label: '执法人员', path: 'enforcement/officers', format: 'yaml', schema: officerSchema, idField: 'certNo' },
  enforcementMatters: { label: '行政执法事项', path: 'enforcement/matters', format: 'yaml', schema: enforcementMatterSchema, idField: 'code' },
  inspectionItems: { label: '随机抽查事项', path: 'enforcement/inspection-items', format: 'yaml', schema: inspectionItemSchema, idField: 'code' },
  inspectionPlans: { label: '抽查计划与结果', path: 'enforcement/inspection-plans', format: 'yaml', schema: inspectionPlanSchema, idField: 'year' },
  penalties: { label: '行政处罚决定', path: 'enforcement/penalties', format: 'yaml', schema: penaltySchema, idField: 'code' },
  permits: { label: '行政许可决定', path: 'enforcement/permits', format: 'yaml', schema: permitSchema, idField: 'code' },
  recordingItems: { label: '音像记录事项', path: 'enforcement/recording-items', format: 'yaml', schema: recordingItemSchema, idField: 'code' },
  legalReviewItems: { label: '重大执法决定法制审核事项', path: 'enforcement/legal-review-items', format: 'yaml', schema: legalReviewItemSchema, idField: 'code' },
  enforcementFlows: { label: '行政执法流程图', path: 'enforcement/flows', format: 'yaml', schema: enforcementFlowSchema, idField: 'code' },
  documentTemplates: { label: '行政执法文书样本', path: 'enforcement/templates', format: 'yaml', schema: documentTemplateSchema, idField: 'code' },
  enforcementGuides: { label: '行政执法服务指南和执法文明用语', path: 'enforcement/guides', format: 'markdown', schema: enforcementGuideSchema, idField: 'code' },
  lenientMeasures: { label: '包容审慎监管清单事项', path: 'enforcement/lenient', format: 'yaml', schema: lenientMeasureSchema, idField: 'code' },
  discretionStandards: { label: '行政裁量权基准', path: 'enforcement/discretion', format: 'yaml', schema: discretionStandardSchema, idField: 'code' },
  reports: { label: '年度报告', path: 'reports', format: 'markdown', schema: reportSchema, idField: 'code' },
  documents: { label: '政策文件', path: 'documents', format: 'markdown', schema: documentSchema, idField: 'code' },
  interpretations: { label: '政策解读', path: 'interpretations', format: 'markdown', schema: interpretationSchema, idField: 'code' },
  cleanups: { label: '规范性文件清理结果', path: 'cleanups', format: 'markdown', schema: cleanupSchema, idField: 'code' },
  registry: { label: '人防行业单位名录', path: 'registry', format: 'yaml', schema: registrySchema, idField: 'creditCode' },
} as const satisfies Record<string, ContentKind>;

export type KindName = keyof typeof contentKinds;
export const kindNames = Object.keys(contentKinds) as KindName[];

export const CONTENT_DIR = 'content';
// Plain Markdown only: MDX would let content run components and scripts past the sanitiser.
export const MARKDOWN_EXTENSIONS = ['.md'] as const;
export const YAML_EXTENSIONS = ['.yaml', '.yml'] as const;

export { siteSchema, departmentSchema, powerSchema, responsibilitySchema, serviceSchema, subjectSchema, officerSchema, enforcementMatterSchema, inspectionItemSchema, inspectionPlanSchema, penaltySchema, permitSchema, reportSchema };
export { documentSchema, interpretationSchema, cleanupSchema, registrySchema };
