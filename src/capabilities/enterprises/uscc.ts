/**
 * 统一社会信用代码 (USCC), GB 32100-2015: 18 characters from a 31-character set (no I, O, S, V, Z),
 * the 18th a check character over the first 17 (standards.md §6).
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccPattern = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccCheck =
  | { status: 'ok'; uscc: string; regionCode: string }
  | { status: 'checksum_mismatch'; uscc: string; regionCode: string; expectedCheckCharacter: string }
  | { status: 'bad_format'; uscc: string };

/** Upper case, with spaces (ASCII and full-width) and full-width letters and digits folded. */
export function normaliseUscc(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += usccCharset.indexOf(first17[index]!) * weights[index]!;
  const value = 31 - (sum % 31);
  return usccCharset[value === 31 ? 0 : value]!;
}

export function checkUscc(raw: string): UsccCheck {
  const uscc = normaliseUscc(raw);
  if (!usccPattern.test(uscc)) return { status: 'bad_format', uscc };
  const regionCode = uscc.slice(2, 8);
  const expectedCheckCharacter = usccCheckCharacter(uscc.slice(0, 17));
  if (expectedCheckCharacter !== uscc[17]) return { status: 'checksum_mismatch', uscc, regionCode, expectedCheckCharacter };
  return { status: 'ok', uscc, regionCode };
}
