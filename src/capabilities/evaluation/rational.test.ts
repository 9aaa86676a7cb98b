import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPercent, formatPercentDown, formatWan, formatYuanEnglish, parseQuantity, roundUpFenForMessage } from './quantity.ts';
import { Rational } from './rational.ts';

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
