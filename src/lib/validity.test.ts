import { describe, expect, it } from 'vitest';
import { cleanupOutcome, computeValidity, lapseDate, nextDay, replacementChain, validityProblems, validityText, type DatedDocument } from './validity.ts';

const base: DatedDocument = {
  code: 'D-1',
  publishDate: '2024-01-05',
  effectiveDate: '2024-02-01',
  validUntil: '2029-01-31',
  validity: { status: '有效' },
};
const doc = (changes: Partial<DatedDocument>): DatedDocument => ({ ...base, ...changes });

describe('days', () => {
  it.each([
    ['a month end', '2029-01-31', '2029-02-01'],
    ['the day before a leap day', '2028-02-28', '2028-02-29'],
    ['February in a common year', '2027-02-28', '2027-03-01'],
    ['a year end', '2025-12-31', '2026-01-01'],
  ])('steps over %s: %s → %s', (_end, day, next) => {
    expect(nextDay(day)).toBe(next);
  });
  it('lapses the day after 有效期至, and never without one', () => {
    expect(lapseDate({ validUntil: '2029-01-31' })).toBe('2029-02-01');
    expect(lapseDate({})).toBeUndefined();
  });
});

describe('computed validity around 有效期至 (2029-01-31)', () => {
  it('is in force the day before', () => {
    expect(computeValidity(base, '2029-01-30')).toEqual({ state: '有效', cause: 'in-force' });
  });
  it('is in force on the day itself', () => {
    expect(computeValidity(base, '2029-01-31')).toEqual({ state: '有效', cause: 'in-force' });
  });
  it('has lapsed the day after, though nobody edited it', () => {
    expect(computeValidity(base, '2029-02-01')).toEqual({ state: '失效', since: '2029-02-01', cause: 'expired' });
    expect(validityProblems(base, '2029-02-01')).toEqual([]);
  });
  it('is valid but not yet in force before 施行日期', () => {
    const validity = computeValidity(base, '2024-01-20');
    expect(validity).toEqual({ state: '有效', cause: 'not-yet-in-force' });
    expect(validityText(validity)).toBe('有效（尚未施行）');
  });
  it('never lapses by date without 有效期至', () => {
    expect(computeValidity(doc({ validUntil: undefined }), '2099-12-31')).toEqual({ state: '有效', cause: 'in-force' });
  });
});

describe('recorded changes', () => {
  const repealed = doc({ validity: { status: '废止', date: '2025-06-01' } });
  const revised = doc({ validity: { status: '已修订', date: '2025-07-01', replacedBy: 'D-2' } });

  it('a repealed document is 废止 from its date, and in force the day before', () => {
    expect(computeValidity(repealed, '2025-05-31')).toEqual({ state: '有效', cause: 'in-force' });
    expect(computeValidity(repealed, '2025-06-01')).toEqual({ state: '废止', since: '2025-06-01', cause: 'recorded' });
    expect(computeValidity(repealed, '2030-01-01')).toEqual({ state: '废止', since: '2025-06-01', cause: 'recorded' });
    expect(validityProblems(repealed, '2025-06-01')).toEqual([]);
  });
  it('a replaced document is 已修订 and names its replacement', () => {
    expect(computeValidity(revised, '2026-01-01')).toEqual({ state: '已修订', since: '2025-07-01', cause: 'recorded', replacedBy: 'D-2' });
    expect(validityText(computeValidity(revised, '2026-01-01'))).toBe('已修订');
  });
  it('a document lapsed early keeps its own date, earlier than 有效期至', () => {
    expect(computeValidity(doc({ validity: { status: '失效', date: '2026-03-01' } }), '2026-03-01')).toEqual({ state: '失效', since: '2026-03-01', cause: 'recorded' });
  });
  it('a revision on the day after 有效期至 is recorded as a revision', () => {
    const renewed = doc({ validity: { status: '已修订', date: '2029-02-01', replacedBy: 'D-2' } });
    expect(computeValidity(renewed, '2029-02-01')).toEqual({ state: '已修订', since: '2029-02-01', cause: 'recorded', replacedBy: 'D-2' });
    expect(validityProblems(renewed, '2029-02-01')).toEqual([]);
  });
});

describe('contradictions between the recorded 有效性 and the dates', () => {
  it('accepts a consistent document', () => {
    expect(validityProblems(base, '2025-01-01')).toEqual([]);
  });
  it('rejects a change dated after today: as of today the document is still in force', () => {
    expect(validityProblems(doc({ validity: { status: '废止', date: '2025-06-01' } }), '2025-05-31')).toEqual([
      { path: ['validity', 'date'], message: '有效性登记为“废止”，但变更日期 2025-06-01 晚于今天 2025-05-31，按日期本文件今天仍然有效（请到该日再登记，或改回“有效”）' },
    ]);
  });
  it('rejects a lapse dated after the document had already lapsed by its 有效期至', () => {
    expect(validityProblems(doc({ validity: { status: '失效', date: '2029-03-01' } }), '2030-01-01')).toEqual([
      { path: ['validity', 'date'], message: '有效期至 2029-01-31，文件已于 2029-02-01 失效，失效日期不能晚于 2029-02-01' },
    ]);
  });
  it('rejects repealing or revising a document that had already lapsed', () => {
    expect(validityProblems(doc({ validity: { status: '废止', date: '2029-05-01' } }), '2030-01-01')).toEqual([
      { path: ['validity', 'date'], message: '有效期至 2029-01-31，文件已于 2029-02-01 失效，不能在 2029-05-01 再废止（应登记为“失效”，日期 2029-02-01）' },
    ]);
  });
  it('requires the date of a change and the replacement of a revision', () => {
    expect(validityProblems(doc({ validity: { status: '已修订' } }), '2026-01-01')).toEqual([
      { path: ['validity', 'date'], message: '有效性为“已修订”时必须填写变更日期' },
      { path: ['validity', 'replacedBy'], message: '有效性为“已修订”时必须填写修订后的文件编码' },
    ]);
  });
  it('rejects a date or a replacement on a document recorded as 有效', () => {
    expect(validityProblems(doc({ validity: { status: '有效', date: '2025-01-01', replacedBy: 'D-2' } }), '2026-01-01')).toEqual([
      { path: ['validity', 'date'], message: '有效性为“有效”时不填写变更日期（有效期届满后页面自动显示失效）' },
      { path: ['validity', 'replacedBy'], message: '有效性为“有效”的文件不能有替代文件' },
    ]);
  });
  it('rejects impossible date orders and self-replacement', () => {
    expect(validityProblems(doc({ validUntil: '2024-01-31', validity: { status: '已修订', date: '2023-12-01', replacedBy: 'D-1' } }), '2026-01-01')).toEqual([
      { path: ['validUntil'], message: '有效期至不能早于施行日期 2024-02-01' },
      { path: ['validity', 'replacedBy'], message: '替代文件不能是本文件' },
      { path: ['validity', 'date'], message: '变更日期 2023-12-01 不能早于发布日期 2024-01-05' },
    ]);
  });
});

describe('replacements and clean-ups', () => {
  const docs = new Map<string, DatedDocument>([
    ['A', doc({ code: 'A', validity: { status: '已修订', date: '2025-01-01', replacedBy: 'B' } })],
    ['B', doc({ code: 'B', validity: { status: '废止', date: '2025-06-01', replacedBy: 'C' } })],
    ['C', doc({ code: 'C' })],
  ]);
  it('follows replacements to the document in force', () => {
    expect(replacementChain('A', docs, '2025-07-01')).toEqual(['B', 'C']);
    expect(replacementChain('A', docs, '2025-03-01')).toEqual(['B']);
    expect(replacementChain('C', docs, '2025-07-01')).toEqual([]);
  });
  it('refuses a cycle of replacements', () => {
    const cycle = new Map(docs).set('C', doc({ code: 'C', validity: { status: '已修订', date: '2025-06-01', replacedBy: 'A' } }));
    expect(() => replacementChain('A', cycle, '2025-07-01')).toThrow('文件替代关系成环：A → B → C → A');
  });
  it('reads a clean-up outcome as the validity on the day the results took effect', () => {
    const b = docs.get('B') as DatedDocument;
    expect(cleanupOutcome(b, '2025-05-31')).toEqual({ state: '有效', label: '继续有效' });
    expect(cleanupOutcome(b, '2025-06-01')).toEqual({ state: '废止', label: '废止' });
    expect(cleanupOutcome(base, '2029-02-01')).toEqual({ state: '失效', label: '失效' });
    expect(cleanupOutcome(docs.get('A') as DatedDocument, '2025-12-31')).toEqual({ state: '已修订', label: '修订' });
  });
});
