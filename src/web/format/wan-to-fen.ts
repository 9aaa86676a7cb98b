/**
 * Money typed by an officer in 万元, read as digits so that it becomes integer fen exactly:
 * 1 万元 = 1,000,000 fen, so up to 6 decimals are exact and a 7th is refused, never rounded.
 * Never a float: "0.1" 万元 is 100,000 fen, not 99,999.99999999999.
 */
export type WanProblem = 'empty' | 'notANumber' | 'tooManyDecimals' | 'negative' | 'tooLarge';
export type WanResult = { isOk: true; fen: number } | { isOk: false; problem: WanProblem };

const fenPerWanDigits = 6;
/** What the server accepts for money (enterprises.contracts.ts), and safely below 2^53. */
const maxFen = 9_000_000_000_000_000n;
const plainPattern = /^([+-])?(\d+)?(?:\.(\d*))?$/;
const groupedPattern = /^([+-])?(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * "1,234.56" → 12,345,600,000 fen. Accepts full-width digits (１２３．４), spaces and thousands
 * separators in groups of three (so "1,5", a European decimal comma, is refused, not misread).
 */
export function parseWanToFen(text: string, options: { isNegativeAllowed?: boolean } = {}): WanResult {
  const cleaned = text.normalize('NFKC').replace(/\s/g, '');
  if (cleaned === '') return { isOk: false, problem: 'empty' };
  const match = groupedPattern.exec(cleaned) ?? plainPattern.exec(cleaned);
  const whole = match?.[2]?.replace(/,/g, '') ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '')) return { isOk: false, problem: 'notANumber' };
  const isNegative = match[1] === '-';
  const significantFraction = fraction.replace(/0+$/, '');
  if (significantFraction.length > fenPerWanDigits) return { isOk: false, problem: 'tooManyDecimals' };
  const size = BigInt(`${whole || '0'}${significantFraction.padEnd(fenPerWanDigits, '0')}`);
  if (size > maxFen) return { isOk: false, problem: 'tooLarge' };
  if (isNegative && size !== 0n && !options.isNegativeAllowed) return { isOk: false, problem: 'negative' };
  const fen = Number(size);
  return { isOk: true, fen: isNegative && fen !== 0 ? -fen : fen };
}

/** Integer fen as 万元 text for an input, exactly and without trailing zeros: 12,345,600,000 → "12345.6". */
export function fenToWanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`money must be a safe integer number of fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(fenPerWanDigits + 1, '0');
  const whole = digits.slice(0, -fenPerWanDigits);
  const fraction = digits.slice(-fenPerWanDigits).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
