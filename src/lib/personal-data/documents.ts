// Numbers of travel and residence documents (护照, 港澳通行证, 台胞证, 回乡证 …): personal data like
// an ID number, but with no checksum to recognise them by, so only a number right after the name
// of such a document counts. The document's name alone ("提供护照（原件）") is a material, not data.

export interface DocumentHit {
  start: number;
  end: number;
  value: string;
}

const DOCUMENT_NAMES = '护照|通行证|台胞证|回乡证|旅行证|居留证|居留许可|签证';
/** The name, an optional 号码, a separator, then one or two letters and 7–10 digits (spaces allowed), or 8–10 digits. */
const DOCUMENT_NUMBER = new RegExp(
  `(?:${DOCUMENT_NAMES})(?:号码|证号|编号|号)?(?:[为是:]|\\s){0,3}((?:[A-Za-z]{1,2}[\\s-]?)?\\d(?:[\\s-]?\\d){6,9})(?![0-9A-Za-z])`,
  'g',
);
/** A quick test for the scan's gate: text without these words holds no document number. */
export const DOCUMENT_WORDS = new RegExp(DOCUMENT_NAMES);

/** Every travel or residence document number in a normalised text. */
export function findDocumentNumbers(text: string): DocumentHit[] {
  const hits: DocumentHit[] = [];
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const value = match[1] ?? '';
    const end = match.index + match[0].length;
    hits.push({ start: end - value.length, end, value: value.replace(/[\s-]/g, '').toUpperCase() });
  }
  return hits;
}
