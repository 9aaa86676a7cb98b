import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFen, formatFenAsWan } from './format-money.ts';

describe('formatFen', () => {
  const chinese: Array<[number | bigint, string]> = [
    [12_000_000_000_000, '1,200.00 亿元'], // 1200亿元, the tsme_loan_balance target
    [3_000_000_000_000, '300.00 亿元'],
    [10_000_000_000, '1.00 亿元'],
    [9_999_999_999, '10,000.00 万元'], // rounds up within 万元; does not switch unit after rounding
    [2_000_000_000, '2,000.00 万元'], // 2000万元 listing reward cap
    [15_000_000, '15.00 万元'],
    [1_000_000, '1.00 万元'],
    [999_999, '9,999.99 元'],
    [50_000, '500.00 元'],
    [1, '0.01 元'],
    [0, '0.00 元'],
    [-15_000_000, '-15.00 万元'],
    [123_456_789n, '123.46 万元'],
    [123_455_000n, '123.46 万元'], // exactly half: away from zero
    [-123_455_000n, '-123.46 万元'],
    [90_071_992_547_409_910n, '9,007,199.25 亿元'], // beyond Number.MAX_SAFE_INTEGER, as bigint
  ];
  for (const [fen, expected] of chinese) {
    it(`${fen} fen → ${expected}`, () => assert.equal(formatFen(fen), expected));
  }

  it('forces a unit when asked', () => {
    assert.equal(formatFen(15_000_000, 'zh-CN', 'yuan'), '150,000.00 元');
    assert.equal(formatFen(15_000_000, 'zh-CN', 'yi'), '0.00 亿元');
    assert.equal(formatFen(1_500_000_000, 'zh-CN', 'yi'), '0.15 亿元');
  });

  const english: Array<[number, string]> = [
    [12_000_000_000_000, 'CNY 120.00 billion'],
    [500_000_000, 'CNY 5.00 million'], // 500万元 guarantee reward cap
    [15_000_000, 'CNY 150,000.00'],
    [0, 'CNY 0.00'],
  ];
  for (const [fen, expected] of english) {
    it(`${fen} fen → ${expected} in English`, () => assert.equal(formatFen(fen, 'en-US'), expected));
  }

  it('refuses fractional or unsafe fen: money is integer fen', () => {
    assert.throws(() => formatFen(1.5), RangeError);
    assert.throws(() => formatFen(Number.MAX_SAFE_INTEGER + 2), RangeError);
  });
});

describe('formatFenAsWan', () => {
  const cases: Array<[number | bigint, string]> = [
    [4_650_000_000, '4,650.00'], // 4650万元
    [420_123_456, '420.12'],
    [5_000, '0.01'], // half a hundredth of 万元 rounds away from zero
    [4_999, '0.00'],
    [0, '0.00'],
    [-120_500_000, '-120.50'],
    [12_000_000_000_000, '12,000,000.00'], // 1200亿元 stays in 万元: the column says so
  ];
  for (const [fen, expected] of cases) {
    it(`${fen} fen → ${expected}`, () => assert.equal(formatFenAsWan(fen), expected));
  }

  it('refuses fractional fen', () => assert.throws(() => formatFenAsWan(0.5), RangeError));
});
