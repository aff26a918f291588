// Bad-content corpus, the gate itself: files that once crashed the check, gave a stack trace or were
// ignored in silence. Each gets one Chinese line naming the file, the line where known, the field,
// what is wrong and what is expected; a BOM or Windows line endings are simply accepted.
// The rules live in src/lib/content-check/ (source.ts, encoding.ts, inventory.ts, invisible.ts,
// site-rules.ts, zod-issues.ts). A wrong GONGKAI_TODAY, being no file, is in corpus.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusCase } from './case.ts';
import { MINIMAL_FIXTURE, replace } from '../test-tree.ts';
import { MAX_SOURCE_BYTES } from '../source.ts';

const POWER = 'content/powers/P-001.yaml';
const SERVICE = 'content/services/S-001.md';
const DOCUMENT = 'content/documents/D-001.md';
const PENALTY = 'content/enforcement/penalties/C-001.yaml';
const original = (path: string) => readFileSync(join(MINIMAL_FIXTURE, path), 'utf8');
/** Files saved in other encodings (see tests/fixtures/encodings/README.md). */
const encoded = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../tests/fixtures/encodings/${name}`, import.meta.url))));
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const TITLE_ONLY_YAML = 'title: 只有标题\n';
const TITLE_ONLY_MARKDOWN = '---\ntitle: 只有标题\n---\n\n正文。\n';

/** A billion laughs: nine aliases of nine aliases of …, a few hundred bytes expanding to 43 million values. */
export const ALIAS_BOMB = [
  'code: P-001',
  'a: &a [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]',
  ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`),
  '',
].join('\n');

/** `depth` lists inside each other, written in block style so each level is its own line. */
const nested = (depth: number) => `${Array.from({ length: depth }, (_, level) => `  ${'  '.repeat(level)}-`).join('\n')} 深\n`;

export const cases: CorpusCase[] = [
  // An entry with only a title, for every kind: one line listing what is missing (and one for the
  // unknown field "title" where the kind has none), never a TypeError.
  ...(
    [
      [
        'content/site.yaml',
        TITLE_ONLY_YAML,
        [
          // The badge image site.yaml named is now referred to by nothing.
          'content/files/conac.png — 不在任何栏目的文件夹中，也不是任何条目引用的附件 (期望 删除此文件，或移到相应栏目的文件夹（如 content/services/）)',
          'content/site.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/site.yaml:1 — 缺少 17 个必填字段：名称（name）、统一社会信用代码（creditCode）、办公地址（address）、邮政编码（postcode）、办公时间（officeHours）、电话（phone）、电子邮箱（email）、负责人（head）、机关职能（functions）、信息公开工作机构（disclosureOffice）、主办单位（sponsor）、网站标识码（siteIdCode）、ICP备案号（icp）、公安机关备案（psbRecord）、网站地址（siteUrl）、我为政府网站找错（errorReportUrl）、行政区划（region） (期望 填写各字段（字段的中文名和说明见 src/schemas/site.ts）)',
        ],
      ],
      [
        'content/department.yaml',
        TITLE_ONLY_YAML,
        [
          'content/department.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/department.yaml:1 — 缺少 5 个必填字段：部门职责（duties）、职责边界（boundaries）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 填写各字段（字段的中文名和说明见 src/schemas/department.ts）)',
        ],
      ],
      [
        POWER,
        TITLE_ONLY_YAML,
        [
          'content/powers/P-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/powers/P-001.yaml:1 — 缺少 11 个必填字段：事项编码（code）、权力类型（type）、事项名称（name）、设定依据（basis）、实施主体（implementer）、承办机构（department）、行使层级（levels）、状态（status）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- powers 生成的文件填写各字段)',
        ],
      ],
      [
        'content/responsibilities/P-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/responsibilities/P-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/responsibilities/P-001.yaml:1 — 缺少 6 个必填字段：对应权力事项（power）、责任事项（stages）、追责情形及依据（accountability）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- responsibilities 生成的文件填写各字段)',
        ],
      ],
      [
        SERVICE,
        TITLE_ONLY_MARKDOWN,
        [
          'content/services/S-001.md:2 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/services/S-001.md:2 — 缺少 24 个必填字段：实施编码（code）、基本编码（basicCode）、事项名称（name）、事项类型（type）、对应权力事项（power）、实施主体（implementer）、承办机构（department）、行使层级（level）、服务对象（targets）、受理条件（conditions）、申请材料（materials）、办理流程（steps）、法定办结时限（legalLimit）、承诺办结时限（promisedLimit）、收费（fee）、到办事现场次数（visits）、办理地点（place）、办理时间（hours）、咨询电话（consultPhone）、监督投诉电话（complaintPhone）、审批结果（result）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- services 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/subjects/11990100MB1234567F.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/subjects/11990100MB1234567F.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/subjects/11990100MB1234567F.yaml:1 — 缺少 13 个必填字段：统一社会信用代码（code）、执法主体名称（name）、主体性质（nature）、执法依据（basis）、职责与权限（duties）、执法区域（area）、办公地址（address）、联系电话（phone）、监督方式（supervision）、救济渠道（remedies）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- subjects 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/officers/99000001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/officers/99000001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/officers/99000001.yaml:1 — 缺少 9 个必填字段：执法证号（certNo）、姓名（name）、所属执法主体（subject）、执法类别（category）、执法区域（area）、证件状态（status）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- officers 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/matters/M-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/matters/M-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/matters/M-001.yaml:1 — 缺少 10 个必填字段：事项编码（code）、职权类型（type）、职权名称（name）、职权依据（basis）、执法主体（subject）、承办机构（department）、办理时限（timeLimit）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- enforcementMatters 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/inspection-items/I-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/inspection-items/I-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/inspection-items/I-001.yaml:1 — 缺少 11 个必填字段：抽查事项编码（code）、检查项目（item）、检查主体（subject）、检查依据（basis）、检查对象（targets）、检查方式（method）、检查内容（content）、抽查比例/频次（ratio）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- inspectionItems 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/inspection-plans/2025.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/inspection-plans/2025.yaml:1 — 缺少 12 个必填字段：年度（year）、实施主体（subject）、抽查事项（items）、抽查对象范围（scope）、抽查比例（ratio）、计划抽查家数（plannedCount）、实施时间（period）、抽取方式（method）、抽查结果（results）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- inspectionPlans 生成的文件填写各字段)',
        ],
      ],
      [
        PENALTY,
        TITLE_ONLY_YAML,
        [
          'content/enforcement/penalties/C-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/penalties/C-001.yaml:1 — 缺少 15 个必填字段：编码（code）、决定书文号（decisionNo）、行政相对人（party）、违法行为类型（violationType）、违法事实（facts）、处罚依据（basis）、处罚类别（categories）、处罚内容（content）、处罚决定日期（decisionDate）、失信程度（severity）、公示截止期（disclosureUntil）、处罚机关（authority）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- penalties 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/permits/L-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/permits/L-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/permits/L-001.yaml:1 — 缺少 14 个必填字段：编码（code）、行政许可决定文书名称（documentName）、行政许可决定文书号（decisionNo）、许可类别（category）、许可内容（content）、行政相对人（party）、对应服务指南（service）、许可决定日期（decisionDate）、有效期自（validFrom）、许可机关（authority）、当前状态（status）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- permits 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/recording-items/R-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/recording-items/R-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/recording-items/R-001.yaml:1 — 缺少 13 个必填字段：编码（code）、执法活动（name）、对应执法事项（matters）、执法环节（stages）、记录要求（extent）、记录方式（means）、保存期限（retention）、记录依据（basis）、承办机构（department）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- recordingItems 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/legal-review-items/V-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/legal-review-items/V-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/legal-review-items/V-001.yaml:1 — 缺少 13 个必填字段：编码（code）、职权类型（type）、审核事项（name）、纳入标准（criteria）、对应执法事项（matters）、审核依据（basis）、送审材料（materials）、审核机构（reviewer）、审核时限（timeLimit）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- legalReviewItems 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/flows/F-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/flows/F-001.yaml:1 — 缺少 9 个必填字段：编码（code）、流程图类别（kind）、适用执法事项（matters）、流程环节（steps）、流程依据（basis）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- enforcementFlows 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/templates/T-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/templates/T-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/templates/T-001.yaml:1 — 缺少 11 个必填字段：编码（code）、文书名称（name）、使用环节（stage）、用途（purpose）、适用执法事项（matters）、制作依据（basis）、样本文件（files）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- documentTemplates 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/guides/G-001.md',
        TITLE_ONLY_MARKDOWN,
        [
          'content/enforcement/guides/G-001.md:2 — 缺少 6 个必填字段：编码（code）、类别（kind）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- enforcementGuides 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/lenient/B-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/lenient/B-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/lenient/B-001.yaml:1 — 缺少 13 个必填字段：编码（code）、所属清单（list）、违法行为（violation）、违法依据（violationBasis）、处罚依据（penaltyBasis）、适用依据（leniencyBasis）、适用条件（conditions）、处理方式（measures）、对应执法事项（matter）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- lenientMeasures 生成的文件填写各字段)',
        ],
      ],
      [
        'content/enforcement/discretion/D-001.yaml',
        TITLE_ONLY_YAML,
        [
          'content/enforcement/discretion/D-001.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/enforcement/discretion/D-001.yaml:1 — 缺少 11 个必填字段：编码（code）、违法行为（violation）、违法依据（violationBasis）、处罚依据（penaltyBasis）、法定处罚种类和幅度（statutoryPenalty）、裁量档次（levels）、对应执法事项（matter）、执法主体（subject）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- discretionStandards 生成的文件填写各字段)',
        ],
      ],
      [
        'content/reports/R-2024.md',
        TITLE_ONLY_MARKDOWN,
        [
          'content/reports/R-2024.md:2 — 缺少 8 个必填字段：编码（code）、报告类别（kind）、报告年度（year）、发布机构（issuer）、成文日期（writtenDate）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- reports 生成的文件填写各字段)',
        ],
      ],
      [
        DOCUMENT,
        TITLE_ONLY_MARKDOWN,
        [
          'content/documents/D-001.md:2 — 缺少 10 个必填字段：编码（code）、文件类别（kind）、发布机构（issuer）、成文日期（writtenDate）、施行日期（effectiveDate）、有效性（validity）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate）、主题分类（topic） (期望 按 npm run new -- documents 生成的文件填写各字段)',
        ],
      ],
      [
        'content/interpretations/J-001.md',
        TITLE_ONLY_MARKDOWN,
        [
          'content/interpretations/J-001.md:2 — 缺少 7 个必填字段：编码（code）、解读的文件（document）、解读形式（form）、发布机构（issuer）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- interpretations 生成的文件填写各字段)',
        ],
      ],
      [
        'content/cleanups/Q-001.md',
        TITLE_ONLY_MARKDOWN,
        [
          'content/cleanups/Q-001.md:2 — 缺少 8 个必填字段：编码（code）、发布机构（issuer）、成文日期（writtenDate）、清理结果施行日期（effectiveDate）、清理的文件（documents）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- cleanups 生成的文件填写各字段)',
        ],
      ],
      [
        'content/registry/91990100MA01RF0D3L.yaml',
        TITLE_ONLY_YAML,
        [
          'content/registry/91990100MA01RF0D3L.yaml:1 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
          'content/registry/91990100MA01RF0D3L.yaml:1 — 缺少 6 个必填字段：统一社会信用代码（creditCode）、单位名称（name）、资质（qualifications）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- registry 生成的文件填写各字段)',
        ],
      ],
    ] as const
  ).map(([path, text, refused]): CorpusCase => ({ name: `only a title: ${path}`, edits: { [path]: text }, refused: [...refused] })),

  // YAML syntax.
  {
    name: 'YAML: unclosed quote',
    edits: { [POWER]: replace('name: 测试审批', 'name: "测试审批') },
    refused: ['content/powers/P-001.yaml:3 — YAML 格式错误：双引号“"”没有闭合 (期望 在本行的值末尾补上“"”)'],
  },
  {
    name: 'YAML: indented with a tab',
    edits: { [POWER]: replace('  - law:', '\t- law:') },
    refused: ['content/powers/P-001.yaml:5 — YAML 格式错误：不能用 Tab 缩进，请用空格 (期望 检查缩进、冒号后的空格和引号是否成对)'],
  },
  {
    name: 'YAML: a second document after ---',
    edits: { [POWER]: (text) => `${text}---\ncode: P-002\n` },
    refused: ['content/powers/P-001.yaml:16 — YAML 格式错误：一个文件中有多个文档（出现了单独一行的“---”） (期望 一个文件只写一个条目，删除中间的“---”)'],
  },
  {
    name: 'YAML: syntax error in Markdown front matter keeps the file line',
    edits: { [DOCUMENT]: replace('issuer: 测试市人民防空办公室', 'issuer: [测试市人民防空办公室') },
    refused: ['content/documents/D-001.md:6 — YAML 格式错误：方括号“[”没有闭合 (期望 在本行的值末尾补上“]”)'],
  },
  {
    name: 'Markdown without front matter',
    edits: { [DOCUMENT]: '# 测试市人民防空工程管理办法\n\n正文。\n' },
    refused: ['content/documents/D-001.md:1 — 缺少文件头信息 (期望 文件以“---”开头，写明各字段，再以“---”结束)'],
  },
  {
    name: 'Markdown with TOML front matter (+++)',
    edits: { [DOCUMENT]: '+++\ncode = "D-001"\n+++\n\n正文。\n' },
    refused: ['content/documents/D-001.md:1 — 不支持 TOML 文件头（+++） (期望 用“---”包围的 YAML 文件头)'],
  },
  {
    name: 'YAML: an unknown tag (!include)',
    edits: { [POWER]: replace('department: 测试科', 'department: !include 测试科.yaml') },
    refused: ['content/powers/P-001.yaml:9 — YAML 格式错误：不认识的类型标签（以“!”开头） (期望 去掉以“!”开头的类型标签)'],
  },
  {
    name: 'YAML: a colon missing after a field name',
    edits: { [POWER]: replace('department: 测试科', 'department 测试科') },
    refused: ['content/powers/P-001.yaml:9 — YAML 格式错误：字段名不能跨行（冒号后是否缺少空格？） (期望 检查缩进、冒号后的空格和引号是否成对)'],
  },
  {
    name: 'YAML: binary value where text belongs',
    edits: { [POWER]: replace('department: 测试科', 'department: !!binary 5rWL6K+V56eR') },
    refused: ['content/powers/P-001.yaml:9 承办机构（department） — 值“二进制数据（9 字节）”不符合要求 (期望 文本)'],
  },
  { name: 'YAML: an empty file', edits: { [POWER]: '' }, refused: ['content/powers/P-001.yaml:1 — 内容应为“字段: 值”的形式 (期望 每行一个字段)'] },
  { name: 'YAML: a list instead of fields', edits: { [POWER]: '- code: P-001\n- name: 测试审批\n' }, refused: ['content/powers/P-001.yaml:1 — 内容应为“字段: 值”的形式 (期望 每行一个字段)'] },

  // Aliases and nesting: resource exhaustion must end in a line, quickly.
  {
    name: 'YAML: alias bomb (billion laughs)',
    edits: { [POWER]: ALIAS_BOMB },
    refused: ['content/powers/P-001.yaml:3 — YAML 别名（*）展开后内容过多，疑似“别名炸弹” (期望 不使用锚点（&）和别名（*），把内容直接写出来)'],
  },
  {
    name: 'YAML: alias bomb in Markdown front matter',
    edits: { [DOCUMENT]: `---\n${ALIAS_BOMB}---\n\n正文。\n` },
    refused: ['content/documents/D-001.md:4 — YAML 别名（*）展开后内容过多，疑似“别名炸弹” (期望 不使用锚点（&）和别名（*），把内容直接写出来)'],
  },
  {
    name: 'YAML: an alias that contains itself',
    edits: { [POWER]: replace('levels: [市级]', 'levels: &levels [市级, *levels]') },
    refused: ['content/powers/P-001.yaml:10 — YAML 别名引用了包含它自己的内容（循环引用） (期望 不使用锚点（&）和别名（*），把内容直接写出来)'],
  },
  {
    name: 'YAML: an alias with no anchor',
    edits: { [POWER]: replace('levels: [市级]', 'levels: *levels') },
    refused: ['content/powers/P-001.yaml:10 — YAML 别名“*levels”没有对应的锚点 (期望 不使用锚点（&）和别名（*），把内容直接写出来)'],
  },
  {
    name: 'YAML: 40 lists nested in block style',
    edits: { [POWER]: replace('levels: [市级]\n', `levels:\n${nested(40)}`) },
    refused: ['content/powers/P-001.yaml:42 — 内容嵌套超过 32 层 (期望 按本类内容的字段结构填写，字段组和列表不要层层嵌套)'],
  },
  {
    name: 'YAML: 5,000 brackets nested in flow style',
    edits: { [POWER]: replace('levels: [市级]', `levels: ${'['.repeat(5000)}市级${']'.repeat(5000)}`) },
    refused: ['content/powers/P-001.yaml:10 — YAML 格式错误：嵌套过深或别名（*）过多 (期望 字段组和列表不要层层嵌套，不使用锚点（&）和别名（*）)'],
  },

  // Encodings: say which encoding the file seems to be in and which to save it in.
  {
    name: 'encoding: a YAML entry saved as GBK',
    edits: { [POWER]: encoded('P-001.gbk.yaml') },
    refused: ['content/powers/P-001.yaml:2 — 文件不是 UTF-8 编码（看来是 GBK/GB18030） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },
  {
    name: 'encoding: a Markdown entry saved as GB18030',
    edits: { [DOCUMENT]: encoded('D-001.gb18030.md') },
    refused: ['content/documents/D-001.md:3 — 文件不是 UTF-8 编码（看来是 GBK/GB18030） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },
  {
    name: 'encoding: UTF-16 little-endian with BOM',
    edits: { [POWER]: encoded('P-001.utf16le-bom.yaml') },
    refused: ['content/powers/P-001.yaml:1 — 文件不是 UTF-8 编码（看来是 UTF-16） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },
  {
    name: 'encoding: UTF-16 big-endian with BOM',
    edits: { [POWER]: encoded('P-001.utf16be-bom.yaml') },
    refused: ['content/powers/P-001.yaml:1 — 文件不是 UTF-8 编码（看来是 UTF-16） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },
  {
    name: 'encoding: UTF-16 without BOM',
    edits: { [POWER]: encoded('P-001.utf16le.yaml') },
    refused: ['content/powers/P-001.yaml:1 — 文件不是 UTF-8 编码（看来是 UTF-16） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },
  {
    name: 'encoding: one Latin-1 byte',
    edits: { [POWER]: encoded('P-001.latin1.yaml') },
    refused: ['content/powers/P-001.yaml:3 — 文件不是 UTF-8 编码（无法识别其编码） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },
  {
    name: 'encoding: UTF-8 with one line pasted in GBK names that line',
    edits: { [POWER]: encoded('P-001.mixed.yaml') },
    refused: ['content/powers/P-001.yaml:9 — 文件不是 UTF-8 编码（无法识别其编码） (期望 用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）)'],
  },

  // BOM and Windows line endings are accepted, and line numbers stay right.
  {
    name: 'BOM: a YAML entry starting with a UTF-8 BOM',
    edits: { [POWER]: (text) => `\uFEFF${text}` },
    acceptedBecause: "the BOM is dropped when decoding; Astro's readers drop it too, and no value changes",
  },
  {
    name: 'BOM: a Markdown entry starting with a UTF-8 BOM',
    edits: { [DOCUMENT]: (text) => `\uFEFF${text}` },
    acceptedBecause: "the BOM is dropped before the front matter is looked for, as Astro's front-matter pattern also allows",
  },
  { name: 'CRLF: a YAML entry with Windows line endings', edits: { [POWER]: crlf }, acceptedBecause: 'CRLF is read as a line break: the same values, the same line numbers' },
  { name: 'CRLF: a Markdown entry with Windows line endings', edits: { [DOCUMENT]: crlf }, acceptedBecause: 'the front matter is found and parsed with CRLF as with LF; the body renders the same' },
  {
    name: 'CRLF: an error in a CRLF Markdown entry is on the right line',
    edits: { [DOCUMENT]: (text) => crlf(text.replace('kind: 行政规范性文件', 'kind: 规范性文件')) },
    refused: ['content/documents/D-001.md:4 文件类别（kind） — 值“规范性文件”不符合要求 (期望 以下之一：行政规范性文件、其他政策文件)'],
  },
  {
    name: 'BOM and CRLF: an error in a YAML entry is on the right line',
    edits: { [POWER]: (text) => `\uFEFF${crlf(text.replace('status: 在用', 'status: 使用中'))}` },
    refused: ['content/powers/P-001.yaml:11 状态（status） — 值“使用中”不符合要求 (期望 以下之一：在用、暂停实施、已取消)'],
  },

  // Invisible characters: shown as ⟨U+200B⟩, so two values that look the same are seen to differ.
  {
    name: 'invisible: zero-width space at the end of a code',
    edits: { [POWER]: replace('code: P-001', 'code: P-001\u200B') },
    refused: ['content/powers/P-001.yaml:1 事项编码（code） — 值“P-001⟨U+200B⟩”含有不可见字符 U+200B（零宽空格） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)'],
  },
  {
    name: 'invisible: zero-width space inside a reference',
    edits: { [SERVICE]: replace('power: P-001', 'power: P-\u200B001') },
    refused: ['content/services/S-001.md:6 对应权力事项（power） — 值“P-⟨U+200B⟩001”含有不可见字符 U+200B（零宽空格） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)'],
  },
  {
    name: 'invisible: right-to-left override in a name',
    edits: { [POWER]: replace('name: 测试审批', 'name: 测试\u202E批审') },
    refused: ['content/powers/P-001.yaml:3 事项名称（name） — 值“测试⟨U+202E⟩批审”含有不可见字符 U+202E（文字方向控制符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)'],
  },
  {
    name: 'invisible: BOM character inside a 索引号',
    edits: { [POWER]: replace('indexNo: 11990100MB1234567F/2025-00002', 'indexNo: 11990100MB1234567F/\uFEFF2025-00002') },
    refused: [
      'content/powers/P-001.yaml:12 索引号（indexNo） — 值“…0MB1234567F/⟨U+FEFF⟩2025-00002”含有不可见字符 U+FEFF（字节顺序标记 BOM） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)',
    ],
  },
  {
    name: 'invisible: soft hyphen in 违法事实',
    edits: { [PENALTY]: replace('facts: 测试违法事实。', 'facts: 测试违法\u00AD事实。') },
    refused: [
      'content/enforcement/penalties/C-001.yaml:8 违法事实（facts） — 值“测试违法⟨U+00AD⟩事实。”含有不可见字符 U+00AD（软连字符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)',
    ],
  },
  {
    name: 'invisible: zero-width joiner in a Markdown body',
    edits: { [DOCUMENT]: replace('**第一条** 测试。', '**第一条** 测\u200D试。') },
    refused: ['content/documents/D-001.md:18 正文 — “**第一条** 测⟨U+200D⟩试。”含有不可见字符 U+200D（零宽连接符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)'],
  },
  {
    name: 'invisible: a control character (bell) in a quoted value',
    edits: { [POWER]: replace('department: 测试科', 'department: "测试\\a科"') },
    refused: ['content/powers/P-001.yaml:9 承办机构（department） — 值“测试⟨U+0007⟩科”含有不可见字符 U+0007（控制字符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)'],
  },

  // Files nobody reads are refused, not ignored.
  {
    name: 'unknown: an .mdx page among service guides',
    edits: { 'content/services/S-002.mdx': '---\ncode: S-002\n---\n\nimport X from "x";\n' },
    refused: ['content/services/S-002.mdx:1 — 不支持 .mdx 文件 (期望 改用 .md（Markdown），内容中不能包含组件或脚本)'],
  },
  {
    name: 'unknown: an .mdx page among documents',
    edits: { 'content/documents/D-002.mdx': '# 文件\n' },
    refused: ['content/documents/D-002.mdx:1 — 不支持 .mdx 文件 (期望 改用 .md（Markdown），内容中不能包含组件或脚本)'],
  },
  {
    name: 'unknown: a .txt file among powers',
    edits: { 'content/powers/P-002.txt': 'code: P-002\n' },
    refused: ['content/powers/P-002.txt — 既不是权力清单的条目（扩展名应为 .yaml 或 .yml），也不是任何条目引用的附件 (期望 删除此文件；若是附件，在条目的附件字段中引用它)'],
  },
  {
    name: 'unknown: an entry saved with .YAML in capitals',
    edits: { 'content/powers/P-002.YAML': original(POWER).replace('P-001', 'P-002') },
    refused: ['content/powers/P-002.YAML — 既不是权力清单的条目（扩展名应为 .yaml 或 .yml），也不是任何条目引用的附件 (期望 删除此文件；若是附件，在条目的附件字段中引用它)'],
  },
  {
    name: 'unknown: a Word file at the top of content/',
    edits: { 'content/说明.docx': 'PK' },
    refused: ['content/说明.docx — 不在任何栏目的文件夹中，也不是任何条目引用的附件 (期望 删除此文件，或移到相应栏目的文件夹（如 content/services/）)'],
  },
  {
    name: 'unknown: a folder that is no column',
    edits: { 'content/drafts/P-009.yaml': original(POWER) },
    refused: ['content/drafts/P-009.yaml — 不在任何栏目的文件夹中，也不是任何条目引用的附件 (期望 删除此文件，或移到相应栏目的文件夹（如 content/services/）)'],
  },
  {
    name: 'unknown: a PDF no entry refers to',
    edits: { 'content/enforcement/templates/files/old-form.pdf': '%PDF-1.4\n' },
    refused: [
      'content/enforcement/templates/files/old-form.pdf — 既不是行政执法文书样本的条目（扩展名应为 .yaml 或 .yml），也不是任何条目引用的附件 (期望 删除此文件；若是附件，在条目的附件字段中引用它)',
    ],
  },
  {
    name: 'unknown: a Markdown entry inside a YAML column',
    edits: { 'content/powers/P-002.md': '---\ncode: P-002\n---\n' },
    refused: ['content/powers/P-002.md — 既不是权力清单的条目（扩展名应为 .yaml 或 .yml），也不是任何条目引用的附件 (期望 删除此文件；若是附件，在条目的附件字段中引用它)'],
  },
  {
    name: 'hidden files (.DS_Store, .gitkeep) in a column',
    edits: { 'content/powers/.DS_Store': 'Bud1', 'content/registry/.gitkeep': '' },
    acceptedBecause: "hidden files are read by neither the check nor Astro's loaders, and never copied to the site",
  },
  {
    name: 'attachment: the PDF a 文书样本 refers to',
    edits: {},
    acceptedBecause: 'files/t-001.pdf is referred to by T-001.yaml, so it is an attachment, published by the attachments step after its own checks',
  },
  {
    name: 'two files for one code: P-001.yaml and P-001.yml',
    edits: { 'content/powers/P-001.yml': original(POWER) },
    refused: ['content/powers/P-001.yml:1 — 与 content/powers/P-001.yaml 是同一编码“P-001”的条目 (期望 每个条目只保留一个文件)'],
  },
  {
    name: 'a folder named like an entry: content/powers/P-002.yaml/',
    edits: {},
    setup: async (root) => {
      await mkdir(join(root, 'content/powers/P-002.yaml'));
    },
    refused: ['content/powers/P-002.yaml/ — 是文件夹，但名字像条目文件 (期望 删除或改名此文件夹；条目应是一个文件)'],
  },
  {
    name: 'a symbolic link as an entry file, pointing outside content/',
    edits: {},
    setup: async (root) => {
      await symlink('/etc/hostname', join(root, 'content/powers/P-002.yaml'));
    },
    refused: ['content/powers/P-002.yaml — 是符号链接，不是文件本身 (期望 换成文件本身；content/ 中不能有链接)'],
  },
  {
    name: 'a symbolic link to a folder outside content/',
    edits: {},
    setup: async (root) => {
      await symlink('/etc', join(root, 'content/documents/etc'));
    },
    refused: ['content/documents/etc — 是符号链接，不是文件本身 (期望 换成文件本身；content/ 中不能有链接)'],
  },

  {
    name: 'a named pipe named like an entry (reading it would wait for ever)',
    edits: {},
    setup: async (root) => {
      execFileSync('mkfifo', [join(root, 'content/powers/P-002.yaml')]);
    },
    refused: ['content/powers/P-002.yaml — 不是普通文件（如设备文件或管道） (期望 删除它；content/ 中只放条目文件和附件)'],
  },
  {
    name: 'a NUL character inside a value',
    edits: { [POWER]: replace('name: 测试审批', 'name: 测试\u0000审批') },
    refused: ['content/powers/P-001.yaml:3 事项名称（name） — 值“测试⟨U+0000⟩审批”含有不可见字符 U+0000（控制字符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)'],
  },

  // Size.
  {
    name: `a YAML entry over ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
    edits: { [POWER]: (text) => `${text}# ${'填充'.repeat(MAX_SOURCE_BYTES / 6 + 1)}\n` },
    refused: ['content/powers/P-001.yaml:1 — 文件大小 2,049 KB，超过上限 2,048 KB (期望 拆成几个条目；长篇原文作为附件（如 PDF）放在 files/ 中引用)'],
  },
  {
    name: 'a Markdown entry over the size limit',
    edits: { [DOCUMENT]: (text) => `${text}\n${'正文很长。'.repeat(MAX_SOURCE_BYTES / 15 + 1)}\n` },
    refused: ['content/documents/D-001.md:1 — 文件大小 2,049 KB，超过上限 2,048 KB (期望 拆成几个条目；长篇原文作为附件（如 PDF）放在 files/ 中引用)'],
  },
  {
    name: 'a YAML entry just under the size limit',
    edits: { [POWER]: (text) => `${text}# ${'x'.repeat(MAX_SOURCE_BYTES - Buffer.byteLength(text) - 3)}\n` },
    acceptedBecause: 'a comment is not published, and the file is within the limit',
  },

  // Values of the wrong shape reach every rule before the schema has judged them.
  {
    name: 'wrong shapes: a code as a list, a date as a map, 索引号 as a number',
    edits: {
      [POWER]: (text) =>
        text.replace('code: P-001', 'code: [P-001]').replace('publishDate: 2025-01-02', 'publishDate: {year: 2025}').replace('indexNo: 11990100MB1234567F/2025-00002', 'indexNo: 2025'),
    },
    refused: [
      'content/powers/P-001.yaml:1 事项编码（code） — 值“["P-001"]”不符合要求 (期望 文本（数字编码请加引号）)',
      'content/powers/P-001.yaml:12 索引号（indexNo） — 值“2025”不符合要求 (期望 索引号文本)',
      'content/powers/P-001.yaml:13 发布日期（publishDate） — 值“{"year":2025}”不符合要求 (期望 日期 YYYY-MM-DD)',
    ],
  },
  {
    name: 'wrong shapes: a Markdown entry whose front matter is a list',
    edits: { [DOCUMENT]: '---\n- code: D-001\n---\n\n正文。\n' },
    refused: ['content/documents/D-001.md:1 — 内容应为“字段: 值”的形式 (期望 每行一个字段)'],
  },
];
