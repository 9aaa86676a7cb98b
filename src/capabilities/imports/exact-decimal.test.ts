import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fenToWanText, parseDecimal, roundToSignificant, toWholeNumber, wanToFen } from './exact-decimal.ts';

const csv = { isExcelNumber: false };
const excel = { isExcelNumber: true };

describe('万元 to fen, exactly', () => {
  const cases: Array<[string, number]> = [
    ['1', 1_000_000],
    ['0.1', 100_000],
    ['0.000001', 1],
    ['1234.5678', 1_234_567_800],
    ['1,234.56', 1_234_560_000],
    ['-12.5', -12_500_000],
    ['1.5E+3', 1_500_000_000],
    ['1.2e-5', 12],
    ['１２３．４', 123_400_000],
    ['  8000  ', 8_000_000_000],
    ['1.50000000', 1_500_000],
    ['0', 0],
    ['-0', 0],
  ];
  for (const [text, fen] of cases) {
    it(`${text} 万元 = ${fen} fen`, () => assert.deepEqual(wanToFen(text, csv), { isOk: true, value: fen }));
  }

  it('refuses a seventh significant decimal instead of rounding it away', () => {
    assert.deepEqual(wanToFen('1.0000001', csv), { isOk: false, problem: 'TOO_MANY_DECIMALS' });
    assert.deepEqual(wanToFen('0.1234567', csv), { isOk: false, problem: 'TOO_MANY_DECIMALS' });
  });

  it('refuses what is not a number, a decimal comma and absurd exponents', () => {
    for (const text of ['abc', '1,5', '1.2.3', '', '1e999999', '￥100', '12万']) {
      assert.deepEqual(wanToFen(text, csv), { isOk: false, problem: 'NOT_A_NUMBER' }, text);
    }
  });

  it('refuses amounts beyond the exact range of a JavaScript number', () => {
    assert.deepEqual(wanToFen('9999999999999', csv), { isOk: false, problem: 'NUMBER_OUT_OF_RANGE' });
    assert.equal(wanToFen('9000000000', csv).isOk, true);
  });

  it('an Excel number cell keeps Excel’s 15 significant digits, so binary noise disappears', () => {
    assert.deepEqual(wanToFen('0.30000000000000004', excel), { isOk: true, value: 300_000 });
    assert.deepEqual(wanToFen('1234.5599999999999', excel), { isOk: true, value: 1_234_560_000 });
    assert.deepEqual(wanToFen('0.30000000000000004', csv), { isOk: false, problem: 'TOO_MANY_DECIMALS' }, 'a CSV says what it means');
  });
});

describe('whole numbers and helpers', () => {
  it('reads counts and years', () => {
    assert.deepEqual(toWholeNumber('2024', csv), { isOk: true, value: 2024 });
    assert.deepEqual(toWholeNumber('1,200', csv), { isOk: true, value: 1200 });
    assert.deepEqual(toWholeNumber('12.0', csv), { isOk: true, value: 12 });
    assert.deepEqual(toWholeNumber('12.5', csv), { isOk: false, problem: 'NOT_AN_INTEGER' });
    assert.deepEqual(toWholeNumber('十二', csv), { isOk: false, problem: 'NOT_A_NUMBER' });
  });

  it('rounds half away from zero with carries', () => {
    assert.deepEqual(roundToSignificant(parseDecimal('9.9999999999999999')!, 15), { isNegative: false, digits: '1', scale: -1 });
    assert.deepEqual(roundToSignificant(parseDecimal('-1.23456789012345649')!, 15), parseDecimal('-1.23456789012346'));
  });

  it('writes fen back as 万元 text', () => {
    assert.equal(fenToWanText(1_234_567_800), '1234.5678');
    assert.equal(fenToWanText(12), '0.000012');
    assert.equal(fenToWanText(-5_000_000), '-5');
  });
});
