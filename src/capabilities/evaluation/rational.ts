/**
 * Exact fractions over bigint, so that a value on a band boundary (exactly 10%, exactly
 * 5000万元) is compared without floating-point error. Always reduced, denominator positive.
 */
export class Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    let n = typeof numerator === 'bigint' ? numerator : BigInt(numerator);
    let d = typeof denominator === 'bigint' ? denominator : BigInt(denominator);
    // Integers are already reduced: most facts are whole fen, persons or items.
    if (d === 1n) return new Rational(n, 1n);
    if (d === 0n) throw new RangeError('Rational with zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const divisor = gcd(n < 0n ? -n : n, d);
    return divisor === 1n ? new Rational(n, d) : new Rational(n / divisor, d / divisor);
  }

  /** `"12.5"`, `"-3"`, `"0.05"` → exact value. */
  static parseDecimal(text: string): Rational {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
    if (!match) throw new RangeError(`not a decimal number: ${text}`);
    const [, sign = '', whole = '0', fraction = ''] = match;
    const scale = 10n ** BigInt(fraction.length);
    const magnitude = BigInt(whole) * scale + BigInt(fraction === '' ? '0' : fraction);
    return Rational.of(sign === '-' ? -magnitude : magnitude, scale);
  }

  static readonly zero = Rational.of(0n);
  static readonly one = Rational.of(1n);

  add(other: Rational): Rational {
    if (other.numerator === 0n) return this;
    if (this.denominator === 1n && other.denominator === 1n) return new Rational(this.numerator + other.numerator, 1n);
    return Rational.of(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  sub(other: Rational): Rational {
    if (other.numerator === 0n) return this;
    if (this.denominator === 1n && other.denominator === 1n) return new Rational(this.numerator - other.numerator, 1n);
    return Rational.of(this.numerator * other.denominator - other.numerator * this.denominator, this.denominator * other.denominator);
  }

  mul(other: Rational): Rational {
    if (this.denominator === 1n && other.denominator === 1n) return new Rational(this.numerator * other.numerator, 1n);
    return Rational.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  div(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  pow(exponent: number): Rational {
    return Rational.of(this.numerator ** BigInt(exponent), this.denominator ** BigInt(exponent));
  }

  /** -1, 0 or 1, by cross-multiplication. */
  compare(other: Rational): -1 | 0 | 1 {
    if (this.denominator === other.denominator) return this.numerator < other.numerator ? -1 : this.numerator > other.numerator ? 1 : 0;
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isNegative(): boolean {
    return this.numerator < 0n;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    const quotient = this.numerator / this.denominator;
    return this.numerator > 0n && quotient * this.denominator !== this.numerator ? quotient + 1n : quotient;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const quotient = this.numerator / this.denominator;
    return this.numerator < 0n && quotient * this.denominator !== this.numerator ? quotient - 1n : quotient;
  }

  /** For display only; never compare with it. */
  toNumber(): number {
    return Number(this.numerator) / Number(this.denominator);
  }

  /** Rounded half away from zero to `places` decimals, e.g. `12.35`. */
  toFixed(places: number): string {
    return fractionToFixed(this.numerator, this.denominator, places);
  }
}

/**
 * numerator / denominator (denominator > 0, not necessarily reduced) rounded half away from zero
 * to `places` decimals: the same text as Rational.of(numerator, denominator).toFixed(places),
 * without reducing first (formatting `value × 100` needs no greatest common divisor).
 */
export function fractionToFixed(numerator: bigint, denominator: bigint, places: number): string {
  if (denominator === 1n) return places === 0 ? numerator.toString() : `${numerator.toString()}.${'0'.repeat(places)}`;
  const fast = roundedWithSafeIntegers(numerator, denominator, places);
  if (fast !== undefined) return withDecimalPoint(numerator < 0n && fast !== '0' ? '-' : '', fast, places);
  const scale = decimalScales[places] ?? 10n ** BigInt(places);
  const scaled = numerator * scale * 2n;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (magnitude + denominator) / (denominator * 2n);
  return withDecimalPoint(scaled < 0n && rounded !== 0n ? '-' : '', rounded.toString(), places);
}

function withDecimalPoint(sign: string, rounded: string, places: number): string {
  const digits = rounded.padStart(places + 1, '0');
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/**
 * ⌊(2·|numerator|·10^places + denominator) / (2·denominator)⌋ as digits, computed on doubles when
 * every intermediate is an integer below 2^53 (so exact); undefined when it is not.
 */
function roundedWithSafeIntegers(numerator: bigint, denominator: bigint, places: number): string | undefined {
  if (places > 15) return undefined; // 10^places is exact as a double up to here
  const magnitude = Math.abs(Number(numerator));
  const divisor = Number(denominator);
  // Number() of a bigint beyond 2^53 − 1 is not a safe integer, and rounding is monotonic, so a
  // dividend that would exceed 2^53 − 1 never passes the check below.
  if (!Number.isSafeInteger(magnitude) || !Number.isSafeInteger(divisor)) return undefined;
  const dividend = 2 * magnitude * 10 ** places + divisor;
  if (dividend > Number.MAX_SAFE_INTEGER || 2 * divisor > Number.MAX_SAFE_INTEGER) return undefined;
  // dividend − (dividend mod 2·divisor) is an exact multiple, so the division is exact.
  return String((dividend - (dividend % (2 * divisor))) / (2 * divisor));
}

const decimalScales = [1n, 10n, 100n, 1000n, 10_000n];

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

/** Of two non-negative integers; 1 when both are 0. */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) {
    // Once both fit in a double exactly, `%` on numbers is exact and much cheaper than on bigints.
    if (x <= maxSafe && y <= maxSafe) return BigInt(safeIntegerGcd(Number(x), Number(y)) || 1);
    const remainder = x % y;
    x = y;
    y = remainder;
  }
  return x === 0n ? 1n : x;
}

function safeIntegerGcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const remainder = x % y;
    x = y;
    y = remainder;
  }
  return x;
}

export function maxRational(a: Rational, b: Rational): Rational {
  return a.compare(b) >= 0 ? a : b;
}

/**
 * Σ valuesᵢ × weightsᵢ ÷ divisor, exact: summed over a common denominator and reduced once at the
 * end, instead of after every addition (each reduction is a greatest common divisor of growing numbers).
 */
export function weightedSum(values: readonly Rational[], weights: readonly bigint[], divisor: bigint): Rational {
  let numerator = 0n;
  let denominator = 1n;
  values.forEach((value, index) => {
    const weighted = value.numerator * (weights[index] ?? 0n);
    if (value.denominator === denominator) numerator += weighted;
    else {
      numerator = numerator * value.denominator + weighted * denominator;
      denominator *= value.denominator;
    }
  });
  return Rational.of(numerator, denominator * divisor);
}
