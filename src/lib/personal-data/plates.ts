// Vehicle number plates (京A12345, 粤B·D12345, 沪AD12345): a car's plate names its keeper, and
// courts leave plates out of the judgments they publish. A plate is a province's one-character
// name, a letter and five or six letters and digits (at least three digits), written with or
// without a dot or space. In decisions every such plate counts; elsewhere only one introduced as
// a plate (车牌, 号牌), as a plate-like code in other text is more likely a product's.

export interface PlateHit {
  start: number;
  end: number;
  value: string;
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(`(?<![A-Za-z0-9])[${PROVINCES}][\\s·•・.-]?[A-Za-z][\\s·•・.-]?[A-Za-z0-9]{5,6}(?![A-Za-z0-9])`, 'g');
const LABELS = '车牌|号牌|牌照|车辆号码|车号';
const PLATE_LABEL = new RegExp(`(?:${LABELS})[号码为是:\\s]{0,4}$`);
/** A quick test for the scan's gate: outside decisions, text without these words holds no plate. */
export const PLATE_WORDS = new RegExp(LABELS);

/** Every vehicle plate in a normalised text; with `labelledOnly`, only those introduced as plates. */
export function findPlates(text: string, labelledOnly: boolean): PlateHit[] {
  const hits: PlateHit[] = [];
  for (const match of text.matchAll(PLATE)) {
    const value = match[0].replace(/[\s·•・.-]/g, '').toUpperCase();
    if ((value.slice(2).match(/\d/g)?.length ?? 0) < 3) continue;
    if (labelledOnly && !PLATE_LABEL.test(text.slice(Math.max(0, match.index - 10), match.index))) continue;
    hits.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return hits;
}
