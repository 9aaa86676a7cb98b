import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPercent, formatPercentDown, formatWan, formatYuanEnglish, parseQuantity, roundUpFenForMessage } from './quantity.ts';
import { fractionToFixed, gcd, Rational, weightedSum } from './rational.ts';

describe('exact arithmetic for band boundaries', () => {
  it('compares by cross-multiplication: 0.1 + 0.2 is exactly 0.3, 10% of 9 007 199 254 740 993 fen is exact', () => {
    assert.equal(Rational.parseDecimal('0.1').add(Rational.parseDecimal('0.2')).compare(Rational.parseDecimal('0.3')), 0);
    const huge = Rational.of(9_007_199_254_740_993n);
    assert.equal(huge.mul(Rational.of(1n, 10n)).compare(Rational.of(9_007_199_254_740_993n, 10n)), 0);
  });

  it('ceil and floor round towards the right side for negatives too', () => {
    assert.equal(Rational.of(7n, 2n).ceil(), 4n);
    assert.equal(Rational.of(-7n, 2n).ceil(), -3n);
    assert.equal(Rational.of(-7n, 2n).floor(), -4n);
    assert.equal(Rational.of(6n, 2n).ceil(), 3n);
  });

  it('parses the rule-set quantities', () => {
    assert.equal(parseQuantity('6%').value.compare(Rational.of(3n, 50n)), 0);
    assert.equal(parseQuantity('5000万元').value.compare(Rational.of(5_000_000_000n)), 0);
    assert.equal(parseQuantity('2亿元').value.compare(Rational.of(20_000_000_000n)), 0);
    assert.equal(parseQuantity('0.5%').kind, 'ratio');
    assert.equal(parseQuantity(365).kind, 'plain');
    assert.throws(() => parseQuantity('5 dollars'));
  });

  it('formats for people: percentages cut (never rounded up to a threshold), money rounded up in messages', () => {
    assert.equal(formatPercent(Rational.of(31n, 1000n)), '3.1%');
    assert.equal(formatPercentDown(Rational.of(9996n, 100_000n)), '9.99%');
    assert.equal(formatWan(Rational.of(1_234_500_000n)), '1234.5万元');
    assert.equal(roundUpFenForMessage(1_160_000_01n), 1_170_000_00n);
    assert.equal(roundUpFenForMessage(3_450_001n), 3_500_000n);
    assert.equal(formatYuanEnglish(Rational.of(116_000_000n)), '¥1.16 million');
    assert.equal(formatYuanEnglish(Rational.of(3_500_000n)), '¥35,000');
  });
});

/** The arithmetic as it was before the fast paths: bigint only, reduced after every step. */
function referenceGcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function referenceToFixed(numerator: bigint, denominator: bigint, places: number): string {
  const scaled = numerator * 10n ** BigInt(places) * 2n;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (magnitude + denominator) / (denominator * 2n);
  const sign = scaled < 0n && rounded !== 0n ? '-' : '';
  const digits = rounded.toString().padStart(places + 1, '0');
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER); // 2^53 − 1

describe('fast paths give the same exact answers on both sides of 2^53', () => {
  it('gcd switches to doubles only when both operands are safe integers', () => {
    const pairs: Array<[bigint, bigint]> = [
      [maxSafe, maxSafe - 1n],
      [maxSafe + 1n, maxSafe - 1n],
      [maxSafe + 2n, 2n],
      [(maxSafe + 1n) * 3n, (maxSafe + 1n) * 5n],
      [12_345_678_901n * 97n, 98_765_432_100n * 97n],
      [0n, 7n],
      [7n, 0n],
      [0n, 0n],
      [2n ** 200n * 3n, 2n ** 190n * 9n],
    ];
    for (const [a, b] of pairs) assert.equal(gcd(a, b), referenceGcd(a, b), `gcd(${a}, ${b})`);
  });

  it('integers skip reduction but stay exact beyond 2^53', () => {
    const big = Rational.of(maxSafe + 2n);
    assert.equal(big.add(Rational.of(1n)).numerator, maxSafe + 3n);
    assert.equal(big.sub(Rational.of(maxSafe + 3n)).numerator, -1n);
    assert.equal(big.mul(big).numerator, (maxSafe + 2n) ** 2n);
    assert.equal(Rational.of(-6n).denominator, 1n);
    assert.equal(Rational.of(6n, -4n).numerator, -3n);
    assert.equal(Rational.of(6n, -4n).denominator, 2n);
    const threeSevenths = Rational.of(3n, 7n);
    assert.equal(threeSevenths.add(Rational.zero), threeSevenths);
    assert.equal(Rational.of(3n, 7n).sub(Rational.zero).compare(Rational.of(3n, 7n)), 0);
  });

  it('compare with equal denominators compares numerators, with different ones cross-multiplies', () => {
    assert.equal(Rational.of(-1n, 3n).compare(Rational.of(1n, 3n)), -1);
    assert.equal(Rational.of(maxSafe + 2n, 3n).compare(Rational.of(maxSafe + 1n, 3n)), 1);
    assert.equal(Rational.of(maxSafe + 1n, maxSafe).compare(Rational.of(maxSafe + 2n, maxSafe + 1n)), 1);
    assert.equal(Rational.of(1n, 10n).compare(Rational.parseDecimal('0.1')), 0);
  });

  it('toFixed rounds half away from zero exactly, on doubles below 2^53 and on bigints above', () => {
    // 2·|n|·100 + d crosses 2^53 − 1 between these numerators (d = 200): both sides, both signs, exact halves.
    const edge = (maxSafe - 200n) / 200n;
    const cases: Array<[bigint, bigint]> = [
      [1n, 200n], [-1n, 200n], [1n, 201n], [-1n, 201n], [5n, 1000n], [-5n, 1000n], [4n, 1000n], [-4n, 1000n],
      [2n, 3n], [-2n, 3n], [0n, 7n], [9996n, 100_000n], [9995n, 100_000n], [99_995n, 1_000_000n],
      [edge, 200n], [edge + 1n, 200n], [edge + 2n, 200n], [-edge, 200n], [-(edge + 1n), 200n],
      [edge * 2n + 1n, 400n], [maxSafe, maxSafe - 1n], [maxSafe + 1n, maxSafe], [1n, maxSafe], [1n, maxSafe + 1n],
    ];
    for (const [numerator, denominator] of cases) {
      for (const places of [0, 1, 2, 4]) {
        assert.equal(fractionToFixed(numerator, denominator, places), referenceToFixed(numerator, denominator, places), `${numerator}/${denominator} to ${places}`);
        const reduced = Rational.of(numerator, denominator);
        assert.equal(reduced.toFixed(places), referenceToFixed(reduced.numerator, reduced.denominator, places));
      }
    }
    assert.equal(Rational.of(-7n).toFixed(2), '-7.00');
    assert.equal(Rational.of(0n).toFixed(0), '0');
  });

  it('a weighted sum reduced once equals the sum reduced at every step', () => {
    const values = [Rational.of(1n, 3n), Rational.of(7n, 12n), Rational.of(100n), Rational.of(maxSafe, maxSafe + 2n), Rational.zero, Rational.of(-5n, 6n)];
    const weights = [15n, 5n, 0n, 12n, 30n, 38n];
    const stepwise = values.reduce((sum, value, index) => sum.add(value.mul(Rational.of(weights[index] ?? 0n, 100n))), Rational.zero);
    const once = weightedSum(values, weights, 100n);
    assert.equal(once.numerator, stepwise.numerator);
    assert.equal(once.denominator, stepwise.denominator);
  });

  it('percentages and 万元 format the same without reducing first', () => {
    assert.equal(formatPercent(Rational.of(9995n, 100_000n)), '10%');
    assert.equal(formatPercent(Rational.of(9994n, 100_000n)), '9.99%');
    assert.equal(formatPercent(Rational.of(-1n, 20_000n)), '-0.01%');
    assert.equal(formatPercent(Rational.of(-1n, 30_000n)), '0%');
    assert.equal(formatWan(Rational.of(12_345n)), '0.01万元');
    assert.equal(formatWan(Rational.of(4_999n)), '0万元');
    assert.equal(formatWan(Rational.of(5_000n)), '0.01万元');
  });

  it('parseQuantity remembers: the same text gives the same frozen quantity', () => {
    const first = parseQuantity('10%');
    assert.equal(parseQuantity('10%'), first);
    assert.ok(Object.isFrozen(first));
    assert.equal(parseQuantity(10).kind, 'plain');
    assert.equal(parseQuantity('10').kind, 'plain');
  });
});
