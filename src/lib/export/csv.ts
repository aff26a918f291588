// CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends,
// quoting by papaparse (commas, quotes and line breaks inside cells).
import Papa from 'papaparse';

export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\r\n', quotes: false });
}

export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data;
}
