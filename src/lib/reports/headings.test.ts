import { describe, expect, it } from 'vitest';
import { detectHeading, headingDepths, headingLevelProblems, headingRank } from './headings.ts';

describe('headingRank', () => {
  it.each([
    // The three numbering levels of an official document.
    ['一、主要举措和成效', 'section'],
    ['十二、其他', 'section'],
    ['（三）制度建设', 'subsection'],
    ['(三)制度建设', 'subsection'],
    ['1.维护管理检查', 'item'],
    ['2、质量监督', 'item'],
    ['3．结果公示', 'item'],
    // Not numbering: a year, a decimal, 一是, an ordinal inside a sentence.
    ['2025年，本办', undefined],
    ['3.1国际民防日', undefined],
    ['一是执法力量偏紧', undefined],
    ['第一、二项', undefined],
  ])('ranks %j as %s', (line, rank) => {
    expect(headingRank(line)).toBe(rank);
  });
});

describe('detectHeading', () => {
  it.each([
    // A short numbered line is a heading, without its closing mark.
    ['一、主要举措和成效', { rank: 'section', text: '一、主要举措和成效' }],
    ['（一）审批服务', { rank: 'subsection', text: '（一）审批服务' }],
    ['（一）增加持证执法人员2名。', { rank: 'subsection', text: '（一）增加持证执法人员2名' }],
    ['三、下一年度工作安排：', { rank: 'section', text: '三、下一年度工作安排' }],
    // A heading run into its paragraph is split from it.
    ['（二）监督检查。按照年度计划对6家企业开展抽查，2家责令整改。', { rank: 'subsection', text: '（二）监督检查', rest: '按照年度计划对6家企业开展抽查，2家责令整改。' }],
    ['2.质量监督。对在建工程开展质量监督检查41项次。', { rank: 'item', text: '2.质量监督', rest: '对在建工程开展质量监督检查41项次。' }],
    // A numbered sentence stays text, as does one whose lead phrase is a clause of a longer sentence, and an unnumbered line.
    ['（二）修订行政裁量权基准，细化常见违法行为的情节档次。', undefined],
    ['1.全面梳理公布群众和企业到政府办事的事项，进一步优化办事环境，切实解决办事难的问题。', undefined],
    ['（三）按照计划，对在建工程开展检查。检查结果已公示。', undefined],
    ['执法人员只有4人。', undefined],
  ])('reads %j as %o', (line, heading) => {
    expect(detectHeading(line)).toEqual(heading);
  });
});

describe('headingDepths', () => {
  it('gives 一、 ## , （一） ### and 1. ####', () => {
    expect(headingDepths([{ rank: 'section' }, { rank: 'subsection' }, { rank: 'item' }, { rank: 'item' }, { rank: 'subsection' }, { rank: 'section' }])).toEqual([2, 3, 4, 4, 3, 2]);
  });

  it('never skips a level when a level is missing from the document', () => {
    // No 一、 at all: （一） starts at ##; 1. directly under 一、 is ###.
    expect(headingDepths([{ rank: 'subsection' }, { rank: 'item' }])).toEqual([2, 3]);
    expect(headingDepths([{ rank: 'section' }, { rank: 'item' }, { rank: 'subsection' }, { rank: 'item' }])).toEqual([2, 3, 3, 4]);
  });

  it('keeps the depth an unnumbered heading was given', () => {
    expect(headingDepths([{ rank: 'section' }, { depth: 3 }, { rank: 'subsection' }])).toEqual([2, 3, 3]);
  });
});

describe('headingLevelProblems', () => {
  /** Headings written as in Markdown, '### （一）审批服务', as { depth, text }. */
  const headings = (...lines: string[]) => lines.map((line) => ({ depth: line.indexOf(' '), text: line.slice(line.indexOf(' ') + 1) }));

  it('accepts headings at the levels their numbers call for', () => {
    expect(headingLevelProblems(headings('## 一、主要举措和成效', '### （一）审批服务', '#### 1.维护管理检查', '## 二、存在的不足', '### 说明'))).toEqual([]);
  });

  it('names each heading at the wrong level', () => {
    expect(headingLevelProblems(headings('# 报告正文', '## 一、主要举措和成效', '## （一）审批服务', '#### 附表'))).toEqual([
      { heading: '报告正文', message: '正文不能使用一级标题（#），报告标题已是一级标题；应为 ##' },
      { heading: '（一）审批服务', message: '标题层级应为 ###（3 级），实为 ##' },
      { heading: '附表', message: '标题层级从 2 级跳到 4 级，中间不能跳级' },
    ]);
  });
});
