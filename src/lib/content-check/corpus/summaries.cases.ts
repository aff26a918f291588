// Bad-content corpus, 内容概述: an entry of a 信息公开目录 list without the one or two sentences the
// 目录 shows (政府信息公开条例 第十二条). Kinds whose record makes the summary from the fields
// (执法人员, 行业单位名录, 机构信息 …) need none. The rule is src/lib/content-check/summaries.ts.
import type { CorpusCase } from './case.ts';
import { replace } from '../test-tree.ts';

const EXPECTED = '(期望 一两句话说明本条信息的主要内容（政府信息公开条例第十二条：目录包括信息的内容概述）)';
const MISSING = `内容概述（summary） — 没有填写，信息公开目录中本条的“内容概述”将是空的 ${EXPECTED}`;

export const cases: CorpusCase[] = [
  {
    name: 'a power without its 内容概述',
    edits: { 'content/powers/P-001.yaml': replace(/summary: .*\n/, '') },
    refused: [`content/powers/P-001.yaml:1 ${MISSING}`],
  },
  {
    name: 'a 规范性文件 in Markdown without its 内容概述, at the front matter’s first line',
    edits: { 'content/documents/D-001.md': replace(/summary: .*\n/, '') },
    refused: [`content/documents/D-001.md:2 ${MISSING}`],
  },
  {
    name: 'a 执法人员 entry written without a summary: its record makes one from the certificate',
    edits: { 'content/enforcement/officers/99000001.yaml': replace('area: 测试市\n', 'area: 测试市城区\n') },
    acceptedBecause: '执法人员的记录用所在处室、执法证号、执法区域和证件状态拼出内容概述，目录中不会为空',
  },
];
