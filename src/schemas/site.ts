// content/site.yaml: the office that publishes the site. Nothing about the office is
// written into components; it all comes from here.
import { z } from 'astro/zod';
import { label, text, uscc, phone, url, attachment, group } from './fields.ts';
import { cmsSettingsProblems } from '../lib/cms-config.ts';

const contactOffice = group({
  name: label(text(), '机构名称'),
  address: label(text(), '地址'),
  postcode: label(z.string().regex(/^\d{6}$/, '应为 6 位数字邮编（请加引号）'), '邮政编码').optional(),
  officeHours: label(text(), '办公时间'),
  phone: label(phone(), '电话'),
  fax: label(phone(), '传真').optional(),
  email: label(z.email({ error: '应为电子邮箱地址' }), '电子邮箱').optional(),
});

export const siteSchema = group({
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
    group({ name: label(text(), '姓名'), title: label(text(), '职务') }),
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
  siteUrl: label(url({ https: true }), '网站地址', '正式域名，如 https://rfb.example.gov.cn'),
  errorReportUrl: label(url(), '我为政府网站找错', '全国政府网站找错平台中本网站的地址'),
  conacUrl: label(url(), '党政机关网站标识', '党政机关网站标识核验页地址').optional(),
  conacBadge: label(attachment(), '党政机关网站标识图片', '从党政机关网站标识管理系统下载的标识图片（png），相对于 content/；与核验页地址一起填写时页脚显示标识').optional(),
  region: label(text(), '行政区划', '如 示例市'),
  staleAfterMonths: label(z.number({ error: '应为月数' }).int('应为整数').min(1, '至少 1 个月').max(120, '至多 120 个月'), '栏目更新提醒（月）', '栏目超过这么多个月没有新增或更新内容时，内容检查给出提醒；不写为 12').optional(),
  cms: label(
    z
      .object({
        backend: label(z.enum(['github', 'gitlab', 'gitea'], { error: '应为 github、gitlab 或 gitea' }), '代码托管平台', 'Forgejo 填 gitea'),
        repo: label(z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, '应为“所有者/仓库名”'), '仓库', '如 office/gongkai-site'),
        branch: label(text(), '分支', '发布所用的分支，如 main'),
        baseUrl: label(url({ https: true }), '平台地址', '自建 GitLab 或 Gitea 的网址，如 https://git.example.gov.cn').optional(),
        apiRoot: label(url({ https: true }), 'API 网址', '一般不填：GitLab 为 平台地址/api/v4，Gitea 为 平台地址/api/v1').optional(),
        appId: label(text(), 'OAuth 应用 ID', '在 GitLab 或 Gitea 上登记本编辑器得到的 Application ID（客户端 ID）').optional(),
        authType: label(
          z.enum(['pkce', 'token', 'oauth'], { error: '应为 pkce、token 或 oauth' }),
          '登录方式',
          'pkce：用平台账号直接登录（GitLab、Gitea）；token：个人访问令牌；oauth：经 OAuth 代理登录（GitHub）',
        ).optional(),
        authUrl: label(url({ https: true }), 'OAuth 代理地址', '只用于 GitHub 的 oauth 登录，如 Sveltia CMS Authenticator 的地址').optional(),
      })
      .strict()
      .superRefine((cms, ctx) => {
        for (const [field, message] of cmsSettingsProblems(cms)) ctx.addIssue({ code: 'custom', path: [field], message });
      }),
    '网页编辑器',
    '在线编辑（/admin/）连接的代码仓库',
  ).optional(),
});

export type Site = z.infer<typeof siteSchema>;
