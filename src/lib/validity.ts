// The validity (有效性) of a normative document, computed from its dates as of a given day, and
// the rules that keep the recorded state consistent with those dates. Staff record only what
// someone decided (a repeal, a revision, an early lapse, each with its date); a document past its
// 有效期至 is shown as lapsed by date without anyone typing it, so nothing is typed twice.

export const VALIDITY_STATES = ['有效', '失效', '废止', '已修订'] as const;
export type ValidityState = (typeof VALIDITY_STATES)[number];

/** The recorded state: 有效 means no change has been decided; any other state carries its date. */
export interface RecordedValidity {
  status: ValidityState;
  /** First day the recorded state applies. */
  date?: string;
  /** Code of the document that replaces this one. */
  replacedBy?: string;
}

export interface DatedDocument {
  code: string;
  publishDate: string;
  /** 施行日期 */
  effectiveDate: string;
  /** 有效期至: the last day the document is in force. */
  validUntil?: string;
  validity: RecordedValidity;
}

export interface Validity {
  state: ValidityState;
  /** First day of a state other than 有效. */
  since?: string;
  /** Why: in force, published but not yet in force, lapsed by its 有效期至, or a recorded decision. */
  cause: 'in-force' | 'not-yet-in-force' | 'expired' | 'recorded';
  replacedBy?: string;
}

export interface ValidityProblem {
  /** Field path inside the document's front matter. */
  path: string[];
  message: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day after an ISO date. */
export function nextDay(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return date.toISOString().slice(0, 10);
}

/** The first day a document is no longer in force by its 有效期至 alone. */
export function lapseDate(doc: Pick<DatedDocument, 'validUntil'>): string | undefined {
  return doc.validUntil ? nextDay(doc.validUntil) : undefined;
}

/** The document's validity on `today` (an ISO date). */
export function computeValidity(doc: DatedDocument, today: string): Validity {
  const recorded = doc.validity;
  const lapse = lapseDate(doc);
  // A recorded change counts from its date on; a change dated later than today is not yet a fact.
  const change = recorded.status !== '有效' && recorded.date && recorded.date <= today ? recorded : undefined;
  if (lapse && lapse <= today && (!change || lapse < (change.date as string))) {
    return { state: '失效', since: lapse, cause: 'expired', ...(recorded.replacedBy && recorded.status === '失效' ? { replacedBy: recorded.replacedBy } : {}) };
  }
  if (change) {
    return { state: change.status, since: change.date, cause: 'recorded', ...(change.replacedBy ? { replacedBy: change.replacedBy } : {}) };
  }
  return { state: '有效', cause: today < doc.effectiveDate ? 'not-yet-in-force' : 'in-force' };
}

/**
 * Where the recorded state contradicts the dates as of `today`, or the dates one another. Each
 * problem names the field to correct. An empty list means the page may show computeValidity().
 */
export function validityProblems(doc: DatedDocument, today: string): ValidityProblem[] {
  const problems: ValidityProblem[] = [];
  const { status, date, replacedBy } = doc.validity;
  const lapse = lapseDate(doc);

  if (doc.validUntil && doc.validUntil < doc.effectiveDate) {
    problems.push({ path: ['validUntil'], message: `有效期至不能早于施行日期 ${doc.effectiveDate}` });
  }
  if (status === '有效') {
    if (date) problems.push({ path: ['validity', 'date'], message: '有效性为“有效”时不填写变更日期（有效期届满后页面自动显示失效）' });
    if (replacedBy) problems.push({ path: ['validity', 'replacedBy'], message: '有效性为“有效”的文件不能有替代文件' });
    return problems;
  }
  if (!date) {
    problems.push({ path: ['validity', 'date'], message: `有效性为“${status}”时必须填写变更日期` });
  }
  if (status === '已修订' && !replacedBy) {
    problems.push({ path: ['validity', 'replacedBy'], message: '有效性为“已修订”时必须填写修订后的文件编码' });
  }
  if (replacedBy && replacedBy === doc.code) {
    problems.push({ path: ['validity', 'replacedBy'], message: '替代文件不能是本文件' });
  }
  if (!date) return problems;
  if (date < doc.publishDate) {
    problems.push({ path: ['validity', 'date'], message: `变更日期 ${date} 不能早于发布日期 ${doc.publishDate}` });
  }
  if (date > today) {
    problems.push({
      path: ['validity', 'date'],
      message: `有效性登记为“${status}”，但变更日期 ${date} 晚于今天 ${today}，按日期本文件今天仍然有效（请到该日再登记，或改回“有效”）`,
    });
  }
  if (lapse && date > lapse) {
    problems.push({
      path: ['validity', 'date'],
      message:
        status === '失效'
          ? `有效期至 ${doc.validUntil}，文件已于 ${lapse} 失效，失效日期不能晚于 ${lapse}`
          : `有效期至 ${doc.validUntil}，文件已于 ${lapse} 失效，不能在 ${date} 再${status === '废止' ? '废止' : '修订'}（应登记为“失效”，日期 ${lapse}）`,
    });
  }
  return problems;
}

/** Short words for a validity in running text and on badges. */
export function validityText(validity: Validity): string {
  if (validity.state === '有效') return validity.cause === 'not-yet-in-force' ? '有效（尚未施行）' : '有效';
  return validity.state;
}

/**
 * The replacements of a document, in order, ending with the first one still in force (or the
 * last one recorded). A banner links to the last item so a reader lands on the current text.
 */
export function replacementChain(code: string, docs: ReadonlyMap<string, DatedDocument>, today: string): string[] {
  const chain: string[] = [];
  const seen = new Set([code]);
  let current = docs.get(code);
  while (current) {
    const next = computeValidity(current, today).replacedBy;
    if (!next) break;
    if (seen.has(next)) throw new Error(`文件替代关系成环：${[code, ...chain, next].join(' → ')}`);
    seen.add(next);
    chain.push(next);
    current = docs.get(next);
  }
  return chain;
}

/** What a clean-up concluded for a document: its validity on the day the results took effect. */
export const CLEANUP_OUTCOMES: Record<ValidityState, string> = {
  有效: '继续有效',
  失效: '失效',
  废止: '废止',
  已修订: '修订',
};

export function cleanupOutcome(doc: DatedDocument, effectiveDate: string): { state: ValidityState; label: string } {
  const { state } = computeValidity(doc, effectiveDate);
  return { state, label: CLEANUP_OUTCOMES[state] };
}
