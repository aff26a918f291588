import { describe, expect, it } from 'vitest';
import {
  balanceIssues, formatBalanceIssue, requestDisplayRows, requestTableIssues, reviewTableIssues,
  type RequestRow, type RequestTable, type ReviewTable,
} from './disclosure-tables.ts';

const row = (naturalPerson: number, commercial = 0, research = 0, publicInterest = 0, legalService = 0, other = 0): RequestRow => ({
  naturalPerson, commercial, research, publicInterest, legalService, other,
  total: naturalPerson + commercial + research + publicInterest + legalService + other,
});
const zero = () => row(0);

/** 7 received + 2 carried over = 8 settled + 1 carried forward, in every column. */
function balancedRequests(): RequestTable {
  return {
    received: row(4, 2, 0, 0, 1),
    carriedOver: row(1, 1),
    results: {
      disclosed: row(2, 1),
      partlyDisclosed: row(0, 1, 0, 0, 1),
      withheld: {
        stateSecret: zero(), prohibitedByLaw: zero(), security: zero(), thirdParty: row(1),
        internalAffairs: zero(), processInfo: zero(), enforcementFile: zero(), administrativeQuery: zero(),
      },
      unavailable: { notHeld: row(1), needsCreation: zero(), stillUnclear: zero() },
      notProcessed: { complaint: zero(), repeated: row(0, 1), publication: zero(), excessive: zero(), confirmation: zero() },
      otherHandling: { noCorrection: zero(), unpaidFee: zero(), other: zero() },
      total: row(4, 3, 0, 0, 1),
    },
    carriedForward: row(1),
  };
}

function balancedReviews(): ReviewTable {
  return {
    review: { upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 },
    directLitigation: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  };
}

describe('balance rules of the 政府信息公开工作年度报告 tables', () => {
  it('accepts a balanced table', () => {
    expect(balanceIssues({ requests: balancedRequests(), reviews: balancedReviews() })).toEqual([]);
  });

  it('rule 总计 = the six applicant columns, broken on one row only', () => {
    const table = balancedRequests();
    table.received.total = 8;
    // 一's 总计 also feeds 一 + 二 = 三（七） + 四 in the 总计 column, so that rule breaks with it.
    expect(requestTableIssues(table).map(formatBalanceIssue)).toEqual([
      '“三、收到和处理政府信息公开申请情况”表，“一、本年新收政府信息公开申请数量”行“总计”列：总计应等于自然人和法人或其他组织各列之和，期望 7，实际 8',
      '“三、收到和处理政府信息公开申请情况”表，“四、结转下年度继续办理”行“总计”列：第一项加第二项应等于第三项（七）加第四项（8 + 2 − 8），期望 2，实际 1',
    ]);
  });

  it('rule 总计 = the six applicant columns, alone, on a reason row', () => {
    const table = balancedRequests();
    table.results.withheld.thirdParty = { ...row(1), total: 2 };
    table.results.total.total = 9;
    table.carriedForward.total = 0;
    // The 总计 column itself still adds up down the table; only the row across is wrong.
    expect(requestTableIssues(table)).toEqual([
      {
        path: ['requests', 'results', 'withheld', 'thirdParty', 'total'],
        table: '三、收到和处理政府信息公开申请情况',
        row: '（三）不予公开：4.保护第三方合法权益',
        column: '总计',
        rule: '总计应等于自然人和法人或其他组织各列之和',
        expected: 1,
        found: 2,
      },
      {
        path: ['requests', 'results', 'total', 'total'],
        table: '三、收到和处理政府信息公开申请情况',
        row: '（七）总计',
        column: '总计',
        rule: '总计应等于自然人和法人或其他组织各列之和',
        expected: 8,
        found: 9,
      },
      {
        path: ['requests', 'carriedForward', 'total'],
        table: '三、收到和处理政府信息公开申请情况',
        row: '四、结转下年度继续办理',
        column: '总计',
        rule: '总计应等于自然人和法人或其他组织各列之和',
        expected: 1,
        found: 0,
      },
    ]);
  });

  it('rule （七） = （一） to （六）, broken alone', () => {
    const table = balancedRequests();
    // A reason counted in one column and its row 总计, without (七) following: only the column sum breaks.
    table.results.unavailable.needsCreation = row(0, 0, 0, 0, 0, 1);
    expect(requestTableIssues(table).map((issue) => [issue.path.join('.'), issue.expected, issue.found])).toEqual([
      ['requests.results.total.other', 1, 0],
      ['requests.results.total.total', 9, 8],
      // …and with (七) unchanged, 一 + 二 = 三（七） + 四 still holds.
    ]);
    expect(formatBalanceIssue(requestTableIssues(table)[0]!)).toBe(
      '“三、收到和处理政府信息公开申请情况”表，“（七）总计”行“其他”列：应等于（一）至（六）各项之和，期望 1，实际 0',
    );
  });

  it('rule 一 + 二 = 三（七） + 四, broken alone', () => {
    const table = balancedRequests();
    table.carriedOver = row(2, 1);
    expect(requestTableIssues(table).map(formatBalanceIssue)).toEqual([
      '“三、收到和处理政府信息公开申请情况”表，“四、结转下年度继续办理”行“自然人”列：第一项加第二项应等于第三项（七）加第四项（4 + 2 − 4），期望 2，实际 1',
      '“三、收到和处理政府信息公开申请情况”表，“四、结转下年度继续办理”行“总计”列：第一项加第二项应等于第三项（七）加第四项（7 + 3 − 8），期望 2，实际 1',
    ]);
  });

  it('rule 行政复议 总计 = its four results, broken alone', () => {
    const reviews = balancedReviews();
    reviews.review.total = 2;
    expect(reviewTableIssues(reviews).map(formatBalanceIssue)).toEqual([
      '“四、政府信息公开行政复议、行政诉讼情况”表，“行政复议”行“总计”列：总计应等于结果维持、结果纠正、其他结果、尚未审结之和，期望 3，实际 2',
    ]);
  });

  it('rule 行政诉讼 总计 = its four results, for each kind of litigation', () => {
    const reviews = balancedReviews();
    reviews.directLitigation.upheld = 1;
    reviews.litigationAfterReview.total = 4;
    expect(reviewTableIssues(reviews).map((issue) => [issue.path.join('.'), issue.row, issue.expected, issue.found])).toEqual([
      ['reviews.directLitigation.total', '行政诉讼（未经复议直接起诉）', 2, 1],
      ['reviews.litigationAfterReview.total', '行政诉讼（复议后起诉）', 0, 4],
    ]);
  });
});

describe('section 三 as drawn', () => {
  it('lists every row of the national form in order, with the groups each belongs to', () => {
    const rows = requestDisplayRows(balancedRequests());
    expect(rows).toHaveLength(3 + 2 + (1 + 8) + (1 + 3) + (1 + 5) + (1 + 3) + 1 + 1);
    expect(rows.map((r) => r.label).slice(0, 6)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（三）不予公开',
    ]);
    expect(rows.find((r) => r.id === 'withheld-thirdParty')).toEqual({
      id: 'withheld-thirdParty', label: '4.保护第三方合法权益', level: 2, groups: ['results', 'withheld'], values: [1, 0, 0, 0, 0, 0, 1],
    });
    expect(rows.find((r) => r.id === 'withheld')?.values).toBeUndefined();
    expect(rows.at(-1)).toEqual({ id: 'carried-forward', label: '四、结转下年度继续办理', level: 0, groups: [], values: [1, 0, 0, 0, 0, 0, 1] });
  });
});
