import { describe, expect, it } from 'vitest';
import { detectHeading, headingDepths, headingLevelProblems, headingRank } from './headings.ts';

describe('headingRank', () => {
  it('knows the three numbering levels of an official document', () => {
    expect(headingRank('一、主要举措和成效')).toBe('section');
    expect(headingRank('十二、其他')).toBe('section');
    expect(headingRank('（三）制度建设')).toBe('subsection');
    expect(headingRank('(三)制度建设')).toBe('subsection');
    expect(headingRank('1.维护管理检查')).toBe('item');
    expect(headingRank('2、质量监督')).toBe('item');
    expect(headingRank('3．结果公示')).toBe('item');
  });

  it('does not mistake dates, decimals or 一是 for numbering', () => {
    expect(headingRank('2025年，本办')).toBeUndefined();
    expect(headingRank('3.1国际民防日')).toBeUndefined();
    expect(headingRank('一是执法力量偏紧')).toBeUndefined();
    expect(headingRank('第一、二项')).toBeUndefined();
  });
});

describe('detectHeading', () => {
  it('takes a short numbered line as a heading, without its closing mark', () => {
    expect(detectHeading('一、主要举措和成效')).toEqual({ rank: 'section', text: '一、主要举措和成效' });
    expect(detectHeading('（一）审批服务')).toEqual({ rank: 'subsection', text: '（一）审批服务' });
    expect(detectHeading('（一）增加持证执法人员2名。')).toEqual({ rank: 'subsection', text: '（一）增加持证执法人员2名' });
    expect(detectHeading('三、下一年度工作安排：')).toEqual({ rank: 'section', text: '三、下一年度工作安排' });
  });

  it('splits a heading run into its paragraph', () => {
    expect(detectHeading('（二）监督检查。按照年度计划对6家企业开展抽查，2家责令整改。')).toEqual({
      rank: 'subsection',
      text: '（二）监督检查',
      rest: '按照年度计划对6家企业开展抽查，2家责令整改。',
    });
    expect(detectHeading('2.质量监督。对在建工程开展质量监督检查41项次。')).toEqual({ rank: 'item', text: '2.质量监督', rest: '对在建工程开展质量监督检查41项次。' });
  });

  it('leaves a numbered sentence as text', () => {
    expect(detectHeading('（二）修订行政裁量权基准，细化常见违法行为的情节档次。')).toBeUndefined();
    expect(detectHeading('1.全面梳理公布群众和企业到政府办事的事项，进一步优化办事环境，切实解决办事难的问题。')).toBeUndefined();
    // The lead phrase is itself a clause of a longer sentence, not a title.
    expect(detectHeading('（三）按照计划，对在建工程开展检查。检查结果已公示。')).toBeUndefined();
  });

  it('ignores unnumbered lines', () => {
    expect(detectHeading('执法人员只有4人。')).toBeUndefined();
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
  it('accepts headings at the levels their numbers call for', () => {
    expect(headingLevelProblems([
      { depth: 2, text: '一、主要举措和成效' },
      { depth: 3, text: '（一）审批服务' },
      { depth: 4, text: '1.维护管理检查' },
      { depth: 2, text: '二、存在的不足' },
      { depth: 3, text: '说明' },
    ])).toEqual([]);
  });

  it('names each heading at the wrong level', () => {
    expect(headingLevelProblems([
      { depth: 1, text: '报告正文' },
      { depth: 2, text: '一、主要举措和成效' },
      { depth: 2, text: '（一）审批服务' },
      { depth: 4, text: '附表' },
    ])).toEqual([
      { heading: '报告正文', message: '正文不能使用一级标题（#），报告标题已是一级标题；应为 ##' },
      { heading: '（一）审批服务', message: '标题层级应为 ###（3 级），实为 ##' },
      { heading: '附表', message: '标题层级从 2 级跳到 4 级，中间不能跳级' },
    ]);
  });
});
