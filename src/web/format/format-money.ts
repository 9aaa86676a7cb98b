import type { Language } from '../i18n/language.ts';

/** The unit money is shown in; `auto` picks the largest unit the amount reaches. */
export type MoneyUnit = 'auto' | 'yuan' | 'wan' | 'yi';

const fenPerYuan = 100n;
const fenPerWan = 1_000_000n; // 万元
const fenPerYi = 10_000_000_000n; // 亿元
const fenPerMillion = 100_000_000n;
const fenPerBillion = 100_000_000_000n;

interface Scale {
  fenPerUnit: bigint;
  zhSuffix?: string;
  enWord?: string;
}

/**
 * Integer fen (分) as text for people: "1,200.00 亿元", "15.00 万元", "500.00 元" in Chinese;
 * "CNY 120.00 billion", "CNY 1.50 million", "CNY 150,000.00" in English. Exact: the arithmetic is
 * on integers, rounded half away from zero to two decimals of the unit shown.
 */
export function formatFen(fen: number | bigint, language: Language = 'zh-CN', unit: MoneyUnit = 'auto'): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new RangeError(`money must be a safe integer number of fen, got ${fen}`);
  const amount = BigInt(fen);
  const scale = language === 'en-US' ? englishScale(amount, unit) : chineseScale(amount, unit);
  const number = formatHundredths(divideRounded(amount * 100n, scale.fenPerUnit));
  if (language === 'en-US') return scale.enWord ? `CNY ${number} ${scale.enWord}` : `CNY ${number}`;
  return `${number} ${scale.zhSuffix ?? '元'}`;
}

/**
 * Integer fen as a number of 万元 with two decimals and no unit, for a table whose header names the
 * unit ("营业收入（万元）"): 4_650_000_000 → "4,650.00". Exact, rounded half away from zero.
 */
export function formatFenAsWan(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new RangeError(`money must be a safe integer number of fen, got ${fen}`);
  return formatHundredths(divideRounded(BigInt(fen) * 100n, fenPerWan));
}

function chineseScale(amount: bigint, unit: MoneyUnit): Scale {
  const size = amount < 0n ? -amount : amount;
  const chosen = unit === 'auto' ? (size >= fenPerYi ? 'yi' : size >= fenPerWan ? 'wan' : 'yuan') : unit;
  switch (chosen) {
    case 'yi':
      return { fenPerUnit: fenPerYi, zhSuffix: '亿元' };
    case 'wan':
      return { fenPerUnit: fenPerWan, zhSuffix: '万元' };
    case 'yuan':
      return { fenPerUnit: fenPerYuan, zhSuffix: '元' };
  }
}

function englishScale(amount: bigint, unit: MoneyUnit): Scale {
  if (unit !== 'auto') {
    // 万 and 亿 have no English word; show the whole amount in yuan rather than a made-up unit.
    return { fenPerUnit: fenPerYuan };
  }
  const size = amount < 0n ? -amount : amount;
  if (size >= fenPerBillion) return { fenPerUnit: fenPerBillion, enWord: 'billion' };
  if (size >= fenPerMillion) return { fenPerUnit: fenPerMillion, enWord: 'million' };
  return { fenPerUnit: fenPerYuan };
}

function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const isHalfOrMore = (remainder < 0n ? -remainder : remainder) * 2n >= denominator;
  if (!isHalfOrMore) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** 123456n → "1,234.56" */
function formatHundredths(hundredths: bigint): string {
  const isNegative = hundredths < 0n;
  const size = isNegative ? -hundredths : hundredths;
  const whole = (size / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (size % 100n).toString().padStart(2, '0');
  return `${isNegative ? '-' : ''}${whole}.${cents}`;
}

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
