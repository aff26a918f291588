// content/site.yaml: the office that publishes the site. Nothing about the office is
// written into components; it all comes from here.
import { z } from 'astro/zod';
import { label, text, uscc, phone, url } from './fields.ts';

const contactOffice = z
  .object({
    name: label(text(), '机构名称'),
    address: label(text(), '地址'),
    postcode: label(z.string().regex(/^\d{6}$/, '应为 6 位数字邮编（请加引号）'), '邮政编码').optional(),
    officeHours: label(text(), '办公时间'),
    phone: label(phone(), '电话'),
    fax: label(phone(), '传真').optional(),
    email: label(z.email({ error: '应为电子邮箱地址' }), '电子邮箱').optional(),
  })
  .strict();

export const siteSchema = z
  .object({
    name: label(text(), '名称', '机关全称，如 某某市人民防空办公室'),
    alsoKnownAs: label(text(), '加挂牌子', '如 某某市国防动员办公室').optional(),
    creditCode: label(uscc(), '统一社会信用代码', '也是本机关索引号的前缀'),
    address: label(text(), '办公地址'),
    postcode: label(z.string().regex(/^\d{6}$/, '应为 6 位数字邮编（请加引号）'), '邮政编码'),
    officeHours: label(text(), '办公时间'),
    phone: label(phone(), '电话'),
    fax: label(phone(), '传真').optional(),
    email: label(z.email({ error: '应为电子邮箱地址' }), '电子邮箱'),
    head: label(
      z.object({ name: label(text(), '姓名'), title: label(text(), '职务') }).strict(),
      '负责人',
    ),
    functions: label(z.array(text()).min(1, '至少一项'), '机关职能', '主要职责的简要列举'),
    disclosureOffice: label(contactOffice, '信息公开工作机构', '受理政府信息公开申请的机构'),
    sponsor: label(text(), '主办单位'),
    siteIdCode: label(z.string().regex(/^[0-9A-Z]{10}$/, '应为 10 位网站标识码'), '网站标识码'),
    icp: label(text(), 'ICP备案号', '如 某ICP备12345678号'),
    psbRecord: label(
      z
        .object({
          number: label(text(), '公安机关备案号', '如 某公网安备 00000000000000号'),
          code: label(z.string().regex(/^\d{14}$/, '应为 14 位数字（请加引号）'), '备案编码', '备案号中的 14 位数字，用于链接'),
        })
        .strict(),
      '公安机关备案',
    ),
    siteUrl: label(url(), '网站地址', '正式域名，如 https://rfb.example.gov.cn'),
    errorReportUrl: label(url(), '我为政府网站找错', '全国政府网站找错平台中本网站的地址'),
    conacUrl: label(url(), '党政机关网站标识', '党政机关网站标识核验页地址').optional(),
    region: label(text(), '行政区划', '如 示例市'),
    cms: label(
      z
        .object({
          backend: label(z.enum(['github', 'gitlab', 'gitea'], { error: '应为 github、gitlab 或 gitea' }), '代码托管平台'),
          repo: label(z.string().regex(/^[\w.-]+\/[\w.-]+$/, '应为“所有者/仓库名”'), '仓库', '如 office/gongkai-site'),
          branch: label(text(), '分支', '发布所用的分支，如 main'),
          baseUrl: label(url(), '平台地址', '自建 GitLab 或 Gitea 的地址').optional(),
        })
        .strict(),
      '网页编辑器',
      '在线编辑（/admin/）连接的代码仓库',
    ).optional(),
  })
  .strict();

export type Site = z.infer<typeof siteSchema>;
