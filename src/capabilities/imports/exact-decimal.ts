/**
 * Decimal numbers as written in a file, handled as digit strings so that 万元 become fen exactly.
 * Never a float: 0.1 万元 is 100,000 fen, not 99,999.99999999999.
 */
export interface ExactDecimal {
  isNegative: boolean;
  /** Significant digits without leading zeros ('0' for zero). */
  digits: string;
  /** value = digits × 10^-scale (negative for trailing zeros that were dropped). */
  scale: number;
}

export type DecimalProblem = 'NOT_A_NUMBER' | 'TOO_MANY_DECIMALS' | 'NOT_AN_INTEGER' | 'NUMBER_OUT_OF_RANGE';
export type DecimalResult = { isOk: true; value: number } | { isOk: false; problem: DecimalProblem };

/** Excel keeps 15 significant digits; what its file stores beyond that is binary noise (0.30000000000000004). */
export const excelSignificantDigits = 15;
const maxExponent = 400;
const plainPattern = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d{1,6}))?$/;
const groupedPattern = /^([+-])?(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * Reads `-1,234.5600`, `1.2E+3`, full-width `１２３．４` and the like. Thousands separators are
 * accepted only in groups of three, so that `1,5` (a European decimal comma) is refused, not misread.
 */
const simplePattern = /^-?\d+(?:\.\d+)?$/;

export function parseDecimal(raw: string): ExactDecimal | undefined {
  // What a number cell of an .xlsx holds, read without the general pattern.
  if (simplePattern.test(raw)) {
    const point = raw.indexOf('.');
    const isNegative = raw.charCodeAt(0) === 45;
    const whole = raw.slice(isNegative ? 1 : 0, point === -1 ? raw.length : point);
    const fraction = point === -1 ? '' : raw.slice(point + 1);
    return normalise({ isNegative, digits: `${whole}${fraction}`, scale: fraction.length });
  }
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  let sign: string | undefined;
  let whole: string;
  let fraction: string;
  let exponent = 0;
  const grouped = groupedPattern.exec(text);
  if (grouped) {
    sign = grouped[1];
    whole = grouped[2]!.replace(/,/g, '');
    fraction = grouped[3] ?? '';
  } else {
    const plain = plainPattern.exec(text);
    if (!plain) return undefined;
    sign = plain[1];
    whole = plain[2] ?? '';
    fraction = plain[3] ?? plain[4] ?? '';
    exponent = plain[5] ? Number(plain[5]) : 0;
    if (Math.abs(exponent) > maxExponent) return undefined;
  }
  return normalise({ isNegative: sign === '-', digits: `${whole}${fraction}`, scale: fraction.length - exponent });
}

/** Drops leading zeros, and trailing zeros by lowering the scale, so that equal values look equal. */
export function normalise(value: ExactDecimal): ExactDecimal {
  let digits = value.digits.replace(/^0+/, '');
  let scale = value.scale;
  if (digits === '') return { isNegative: false, digits: '0', scale: 0 };
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  scale -= trailing;
  return { isNegative: value.isNegative, digits, scale };
}

/** Rounds half away from zero to `significant` digits, on the digit string. */
export function roundToSignificant(value: ExactDecimal, significant: number): ExactDecimal {
  if (value.digits.length <= significant) return value;
  const dropped = value.digits.length - significant;
  let kept = value.digits.slice(0, significant);
  if (value.digits.charCodeAt(significant) >= 53 /* '5' */) kept = incrementDigits(kept);
  return normalise({ isNegative: value.isNegative, digits: kept, scale: value.scale - dropped });
}

function incrementDigits(digits: string): string {
  const characters = digits.split('');
  for (let index = characters.length - 1; index >= 0; index -= 1) {
    if (characters[index] !== '9') {
      characters[index] = String(Number(characters[index]) + 1);
      return characters.join('');
    }
    characters[index] = '0';
  }
  return `1${characters.join('')}`;
}

/** value × 10^shift as an exact integer, or a problem when a fraction would remain or it is too big for a JS number. */
export function toScaledInteger(value: ExactDecimal, shift: number): DecimalResult {
  const scale = value.scale - shift;
  if (scale > 0) return { isOk: false, problem: shift === 0 ? 'NOT_AN_INTEGER' : 'TOO_MANY_DECIMALS' };
  if (value.digits.length - scale > 17) return { isOk: false, problem: 'NUMBER_OUT_OF_RANGE' };
  const magnitude = BigInt(`${value.digits}${'0'.repeat(-scale)}`);
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return { isOk: false, problem: 'NUMBER_OUT_OF_RANGE' };
  const number = Number(magnitude);
  return { isOk: true, value: value.isNegative && number !== 0 ? -number : number };
}

export interface NumberTextOptions {
  /** The text is a number cell of an .xlsx file: Excel's 15 significant digits apply. */
  isExcelNumber: boolean;
}

function read(text: string, options: NumberTextOptions): ExactDecimal | undefined {
  const parsed = parseDecimal(text);
  if (!parsed) return undefined;
  return options.isExcelNumber ? roundToSignificant(parsed, excelSignificantDigits) : parsed;
}

/** 万元 → fen: × 1,000,000, at most 6 decimals (1 fen = 0.000001 万元). */
export function wanToFen(text: string, options: NumberTextOptions): DecimalResult {
  const value = read(text, options);
  return value ? toScaledInteger(value, 6) : { isOk: false, problem: 'NOT_A_NUMBER' };
}

export function toWholeNumber(text: string, options: NumberTextOptions): DecimalResult {
  const value = read(text, options);
  return value ? toScaledInteger(value, 0) : { isOk: false, problem: 'NOT_A_NUMBER' };
}

/** fen → 万元 text for the examples and notes (exact, without trailing zeros). */
export function fenToWanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(7, '0');
  const whole = digits.slice(0, -6).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(-6).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
