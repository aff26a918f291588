// The site's columns and the pages under them: the 网站地图 page reads this.
import { entryPath, listPath } from '../lib/routes.ts';
import {
  getPowers, getResponsibilities, getServices, getSubjects, getOfficers, getEnforcementMatters,
  getInspectionItems, getInspectionPlans, getPublishedPenalties, getPermits, getReports,
} from './content.ts';
import { getDocuments, getInterpretations, getCleanups, getRegistry } from './content.ts';
import { getRecordingItems, getLegalReviewItems, getEnforcementFlows, getDocumentTemplates, getEnforcementGuides, getLenientMeasures, getDiscretionStandards } from './content.ts';

export interface MapNode {
  label: string;
  href: string;
  children?: MapNode[];
}

export async function getSiteMap(): Promise<MapNode[]> {
  const [powers, responsibilities, services, subjects, officers, matters, items, plans, penalties, permits, reports] = await Promise.all([
    getPowers(), getResponsibilities(), getServices(), getSubjects(), getOfficers(), getEnforcementMatters(),
    getInspectionItems(), getInspectionPlans(), getPublishedPenalties(), getPermits(), getReports(),
  ]);
  const [documents, interpretations, cleanups, registry] = await Promise.all([getDocuments(), getInterpretations(), getCleanups(), getRegistry()]);
  const [recordingItems, legalReviewItems, flows, templates, guides, lenient, discretion] = await Promise.all([getRecordingItems(), getLegalReviewItems(), getEnforcementFlows(), getDocumentTemplates(), getEnforcementGuides(), getLenientMeasures(), getDiscretionStandards()]);
  const powerNames = new Map(powers.map((p) => [p.id, p.data.name]));
  return [
    { label: '服务指南', href: listPath('services'), children: services.map((s) => ({ label: s.data.name, href: entryPath('services', s.id) })) },
    { label: '权力清单', href: listPath('powers'), children: powers.map((p) => ({ label: p.data.name, href: entryPath('powers', p.id) })) },
    {
      label: '责任清单',
      href: listPath('responsibilities'),
      children: [
        { label: '部门职责与职责边界', href: '/duties/' },
        ...responsibilities.map((r) => ({ label: `${powerNames.get(r.data.power) ?? r.id}责任清单`, href: entryPath('responsibilities', r.id) })),
      ],
    },
    {
      label: '行政执法公示',
      href: '/enforcement/',
      children: [
        { label: '执法主体', href: listPath('subjects'), children: subjects.map((s) => ({ label: s.data.name, href: entryPath('subjects', s.id) })) },
        { label: '执法人员', href: listPath('officers'), children: officers.map((o) => ({ label: `${o.data.name}（${o.data.certNo}）`, href: entryPath('officers', o.id) })) },
        { label: '执法事项', href: listPath('enforcementMatters'), children: matters.map((m) => ({ label: m.data.name, href: entryPath('enforcementMatters', m.id) })) },
        { label: '随机抽查事项', href: listPath('inspectionItems'), children: items.map((i) => ({ label: i.data.item, href: entryPath('inspectionItems', i.id) })) },
        { label: '抽查计划与结果', href: listPath('inspectionPlans'), children: plans.map((p) => ({ label: p.data.title, href: entryPath('inspectionPlans', p.id) })) },
        { label: '行政处罚决定', href: listPath('penalties'), children: penalties.map((p) => ({ label: p.data.decisionNo, href: entryPath('penalties', p.id) })) },
        { label: '行政许可决定', href: listPath('permits'), children: permits.map((p) => ({ label: p.data.decisionNo, href: entryPath('permits', p.id) })) },
        { label: '音像记录事项清单', href: listPath('recordingItems'), children: recordingItems.map((r) => ({ label: r.data.name, href: entryPath('recordingItems', r.id) })) },
        { label: '重大执法决定法制审核目录清单', href: listPath('legalReviewItems'), children: legalReviewItems.map((r) => ({ label: r.data.name, href: entryPath('legalReviewItems', r.id) })) },
        { label: '执法流程图', href: listPath('enforcementFlows'), children: flows.map((f) => ({ label: f.data.title, href: entryPath('enforcementFlows', f.id) })) },
        { label: '文书样本', href: listPath('documentTemplates'), children: templates.map((t) => ({ label: t.data.name, href: entryPath('documentTemplates', t.id) })) },
        { label: '行政执法服务指南和执法文明用语', href: listPath('enforcementGuides'), children: guides.map((g) => ({ label: g.data.title, href: entryPath('enforcementGuides', g.id) })) },
        { label: '包容审慎监管清单', href: listPath('lenientMeasures'), children: lenient.map((m) => ({ label: `${m.data.list}：${m.data.violation}`, href: entryPath('lenientMeasures', m.id) })) },
        { label: '行政裁量权基准', href: listPath('discretionStandards'), children: discretion.map((d) => ({ label: d.data.violation, href: entryPath('discretionStandards', d.id) })) },
      ],
    },
    {
      label: '政策文件',
      href: listPath('documents'),
      children: [
        ...documents.map((d) => ({ label: d.entry.data.title, href: entryPath('documents', d.entry.id) })),
        { label: '政策解读', href: listPath('interpretations'), children: interpretations.map((i) => ({ label: i.data.title, href: entryPath('interpretations', i.id) })) },
        { label: '规范性文件清理结果', href: listPath('cleanups'), children: cleanups.map((c) => ({ label: c.data.title, href: entryPath('cleanups', c.id) })) },
      ],
    },
    { label: '人防行业单位名录', href: listPath('registry'), children: registry.map((u) => ({ label: u.entry.data.name, href: entryPath('registry', u.entry.id) })) },
    { label: '年度报告', href: listPath('reports'), children: reports.map((r) => ({ label: r.data.title, href: entryPath('reports', r.id) })) },
    { label: '政府信息公开指南', href: '/guide/', children: [{ label: '政府信息公开目录', href: '/catalogue/' }, { label: '开放数据', href: '/data/' }, { label: 'RSS 订阅', href: '/feed.xml' }] },
    { label: '搜索', href: '/search/' },
  ];
}
