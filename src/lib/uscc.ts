// 统一社会信用代码 (GB 32100-2015): 18 characters whose last one is a checksum.
// Validating the checksum catches the typos staff make when copying codes.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The checksum character for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`invalid character in USCC: ${first17[i]}`);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check] as string;
}

export function isValidUscc(code: string): boolean {
  if (!USCC_PATTERN.test(code)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}
