// 政府信息公开条例 第二十条: the fifteen kinds of information an administrative organ publishes on its
// own initiative (the law's wording, abridged to its items), and the rule for the office's map of
// where each is published: every item once, each either linked to lists that exist or declared
// 本机关无此类信息 with a reason.

export const ARTICLE_20_ITEMS = [
  '行政法规、规章和规范性文件',
  '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
  '国民经济和社会发展规划、专项规划、区域规划及相关政策',
  '国民经济和社会发展统计信息',
  '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
  '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
  '财政预算、决算信息',
  '行政事业性收费项目及其依据、标准',
  '政府集中采购项目的目录、标准及实施情况',
  '重大建设项目的批准和实施情况',
  '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
  '突发公共事件的应急预案、预警信息及应对情况',
  '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
  '公务员招考的职位、名额、报考条件等事项以及录用结果',
  '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
] as const;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
/** “（七）” for item 7, as the article numbers them. */
export const itemNumeral = (item: number) => `（${NUMERALS[item - 1] ?? item}）`;

export interface Article20Link {
  kind?: string;
  url?: string;
}

export interface Article20Item {
  item: number;
  publishedIn?: Article20Link[];
  none?: string;
}

export interface MapProblem {
  path: (string | number)[];
  message: string;
}

/** The shape rules: each of the fifteen items exactly once, in either form. */
export function mapShapeProblems(items: readonly Article20Item[]): MapProblem[] {
  const problems: MapProblem[] = [];
  const seen = new Set<number>();
  items.forEach((entry, index) => {
    if (seen.has(entry.item)) problems.push({ path: ['items', index, 'item'], message: `第${itemNumeral(entry.item)}项重复出现` });
    seen.add(entry.item);
    const linked = (entry.publishedIn?.length ?? 0) > 0;
    if (linked === Boolean(entry.none)) {
      problems.push({ path: ['items', index], message: `第${itemNumeral(entry.item)}项应当二选一：写明公开位置（publishedIn），或写明“本机关无此类信息”的理由（none）` });
    }
  });
  const missing = ARTICLE_20_ITEMS.map((_, i) => i + 1).filter((n) => !seen.has(n));
  if (missing.length > 0) problems.push({ path: ['items'], message: `缺少第二十条第${missing.map(itemNumeral).join('')}项` });
  return problems;
}

/** Links to lists this site does not have: the names of the kinds that exist are passed in. */
export function unknownKindProblems(items: readonly Article20Item[], kindKeys: readonly string[]): MapProblem[] {
  return items.flatMap((entry, index) =>
    (entry.publishedIn ?? []).flatMap((link, l) =>
      link.kind !== undefined && !kindKeys.includes(link.kind)
        ? [{ path: ['items', index, 'publishedIn', l, 'kind'], message: `第${itemNumeral(entry.item)}项链接的栏目“${link.kind}”不存在（应为 src/kinds/index.ts 中的内容类别，如 documents）` }]
        : [],
    ),
  );
}
