import { fractionToFixed, Rational } from './rational.ts';
import type { QuantityText } from './rule-set.contracts.ts';

/** What a measured value is: a ratio, money in fen, or a plain number (persons, items, days, years, points). */
export type MeasureUnit = 'ratio' | 'fen' | 'persons' | 'items' | 'days' | 'years' | 'points';

export interface Quantity {
  kind: 'ratio' | 'fen' | 'plain';
  value: Rational;
}

const fenPerYuan = 100n;
const fenPerWan = 1_000_000n;
const fenPerYi = 10_000_000_000n;

const parsedQuantities = new Map<QuantityText, Readonly<Quantity>>();
/** Rule sets hold a few hundred distinct quantities; the bound only guards against unbounded input. */
const maxRemembered = 10_000;

/** `"6%"` → 6/100 (ratio); `"5000万元"` → 5e9 fen; `"2亿元"`, `"100元"`; `10` → plain 10. Remembered: the same text always gives the same (frozen) quantity. */
export function parseQuantity(text: QuantityText): Quantity {
  let quantity = parsedQuantities.get(text);
  if (quantity === undefined) {
    quantity = Object.freeze(parseQuantityText(text));
    if (parsedQuantities.size >= maxRemembered) parsedQuantities.clear();
    parsedQuantities.set(text, quantity);
  }
  return quantity;
}

function parseQuantityText(text: QuantityText): Quantity {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) throw new RangeError(`not a finite number: ${text}`);
    return { kind: 'plain', value: Rational.parseDecimal(String(text)) };
  }
  const trimmed = text.replace(/\s+/g, '');
  const percent = /^(-?\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (percent) return { kind: 'ratio', value: Rational.parseDecimal(percent[1] ?? '').div(Rational.of(100n)) };
  const money = /^(-?\d+(?:\.\d+)?)(亿元|万元|元)$/.exec(trimmed);
  if (money) {
    const scale = money[2] === '亿元' ? fenPerYi : money[2] === '万元' ? fenPerWan : fenPerYuan;
    return { kind: 'fen', value: Rational.parseDecimal(money[1] ?? '').mul(Rational.of(scale)) };
  }
  const plain = /^-?\d+(?:\.\d+)?$/.exec(trimmed);
  if (plain) return { kind: 'plain', value: Rational.parseDecimal(trimmed) };
  throw new RangeError(`not a quantity: ${text}`);
}

export function quantityKindOf(unit: MeasureUnit): Quantity['kind'] {
  return unit === 'ratio' ? 'ratio' : unit === 'fen' ? 'fen' : 'plain';
}

/** Trailing zeros dropped: 3.10 → "3.1", 4.00 → "4". */
function trimDecimals(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end -= 1; // '0'
  if (text.charCodeAt(end - 1) === 46) end -= 1; // '.'
  return text.slice(0, end);
}

/** A ratio as a percentage with at most two decimals, e.g. `9.5%`. */
export function formatPercent(value: Rational): string {
  return `${trimDecimals(fractionToFixed(value.numerator * 100n, value.denominator, 2))}%`;
}

/** A ratio as a percentage cut (not rounded) to two decimals, so that 9.996% never shows as 10%. */
export function formatPercentDown(value: Rational): string {
  const hundredths = value.mul(Rational.of(10_000n)).floor();
  return `${trimDecimals(Rational.of(hundredths, 100n).toFixed(2))}%`;
}

/** Money in 万元 with at most two decimals, e.g. `1234.5万元`. */
export function formatWan(fen: Rational): string {
  return `${trimDecimals(fractionToFixed(fen.numerator, fen.denominator * fenPerWan, 2))}万元`;
}

export function formatValue(value: Rational, unit: MeasureUnit, language: 'zh' | 'en' = 'zh'): string {
  switch (unit) {
    case 'ratio':
      return formatPercent(value);
    case 'fen':
      return language === 'zh' ? formatWan(value) : formatYuanEnglish(value);
    case 'persons':
      return language === 'zh' ? `${trimDecimals(value.toFixed(2))}人` : `${trimDecimals(value.toFixed(2))} ${value.compare(Rational.one) === 0 ? 'person' : 'persons'}`;
    case 'items':
      return language === 'zh' ? `${trimDecimals(value.toFixed(2))}项` : `${trimDecimals(value.toFixed(2))} ${value.compare(Rational.one) === 0 ? 'item' : 'items'}`;
    case 'days':
      return language === 'zh' ? `${value.toFixed(0)}天` : `${value.toFixed(0)} days`;
    case 'years':
      return language === 'zh' ? `${value.toFixed(0)}年` : `${value.toFixed(0)} years`;
    case 'points':
      return trimDecimals(value.toFixed(2));
  }
}

/** `¥1.2 million` or `¥35,000`. */
export function formatYuanEnglish(fen: Rational): string {
  const yuan = fen.div(Rational.of(fenPerYuan));
  const magnitude = yuan.isNegative() ? Rational.zero.sub(yuan) : yuan;
  const sign = yuan.isNegative() ? '-' : '';
  if (magnitude.compare(Rational.of(1_000_000n)) >= 0) return `${sign}¥${trimDecimals(magnitude.div(Rational.of(1_000_000n)).toFixed(2))} million`;
  return `${sign}¥${Number(magnitude.toFixed(0)).toLocaleString('en-US')}`;
}

/**
 * An increase in fen rounded up for a message: to 0.1万元 below 10万元, to whole 万元 above.
 * Returns fen, so that "约 120 万元" is never less than what is needed.
 */
export function roundUpFenForMessage(fen: bigint): bigint {
  const step = fen < 10n * fenPerWan ? fenPerWan / 10n : fenPerWan;
  return ((fen + step - 1n) / step) * step;
}
