// CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends,
// quoting by papaparse (commas, quotes and line breaks inside cells). Every CSV the site
// publishes goes through toCsv, so no cell can reach a spreadsheet as a formula.
import Papa from 'papaparse';

export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet could run as a formula (OWASP's CSV-injection rule): those beginning with
 * =, +, -, @, a tab or a carriage return, also after leading spaces and in their full-width forms
 * (＝＋－＠), which some spreadsheets convert. Plain numbers such as -500, +86 or 3.5 are exempt so
 * that amounts stay numbers; papaparse prefixes matching cells with a single quote (').
 */
export const FORMULA_LIKE = /^(?![+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$)[\s\u3000]*[=+\-@\t\r＝＋－＠]/u;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_LIKE });
}

export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data;
}
