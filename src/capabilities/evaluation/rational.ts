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
    let n = BigInt(numerator);
    let d = BigInt(denominator);
    if (d === 0n) throw new RangeError('Rational with zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const divisor = gcd(n < 0n ? -n : n, d);
    return new Rational(n / divisor, d / divisor);
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
    return Rational.of(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  sub(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator - other.numerator * this.denominator, this.denominator * other.denominator);
  }

  mul(other: Rational): Rational {
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
    const scale = 10n ** BigInt(places);
    const scaled = this.numerator * scale * 2n;
    const denominator = this.denominator * 2n;
    const magnitude = scaled < 0n ? -scaled : scaled;
    const rounded = (magnitude + this.denominator) / denominator;
    const sign = scaled < 0n && rounded !== 0n ? '-' : '';
    const digits = rounded.toString().padStart(places + 1, '0');
    return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function maxRational(a: Rational, b: Rational): Rational {
  return a.compare(b) >= 0 ? a : b;
}
