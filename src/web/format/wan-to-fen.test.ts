import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fenToWanText, parseWanToFen } from './wan-to-fen.ts';

describe('parseWanToFen', () => {
  const exact: Array<[string, number]> = [
    ['0', 0],
    ['1', 1_000_000],
    ['0.1', 100_000], // a float would give 99,999.99999999999
    ['0.29', 290_000], // 0.29 * 1e6 = 289,999.99999999994 in floating point
    ['4650', 4_650_000_000], // 4650万元, the demo enterprise's latest revenue
    ['8000.5', 8_000_500_000],
    ['420.123456', 420_123_456], // the template's example: six decimals, one fen
    ['0.000001', 1],
    ['1,234.56', 1_234_560_000],
    ['12,345,678', 12_345_678_000_000],
    [' 38 ', 38_000_000],
    ['１２３．４', 123_400_000], // full-width, as a Chinese input method may type it
    ['1.', 1_000_000],
    ['.5', 500_000],
    ['2.5000000', 2_500_000], // trailing zeros beyond six decimals are harmless
    ['007', 7_000_000],
    ['9000000000', 9_000_000_000_000_000], // the server's upper bound
  ];
  for (const [text, fen] of exact) {
    it(`"${text}" 万元 → ${fen} fen`, () => assert.deepEqual(parseWanToFen(text), { isOk: true, fen }));
  }

  it('takes a loss only where negative money is allowed (net profit)', () => {
    assert.deepEqual(parseWanToFen('-120.5'), { isOk: false, problem: 'negative' });
    assert.deepEqual(parseWanToFen('-120.5', { isNegativeAllowed: true }), { isOk: true, fen: -120_500_000 });
    assert.deepEqual(parseWanToFen('-0'), { isOk: true, fen: 0 });
  });

  const refused: Array<[string, string]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notANumber'],
    ['.', 'notANumber'],
    ['+', 'notANumber'],
    ['1,5', 'notANumber'], // a European decimal comma is not silently read as 15
    ['12,34', 'notANumber'],
    ['1e3', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['5万', 'notANumber'],
    ['0.0000001', 'tooManyDecimals'], // a tenth of a fen is refused, not rounded
    ['1.1234567', 'tooManyDecimals'],
    ['9000000000.000001', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
  ];
  for (const [text, problem] of refused) {
    it(`refuses "${text}" (${problem})`, () => assert.deepEqual(parseWanToFen(text), { isOk: false, problem }));
  }
});

describe('fenToWanText', () => {
  const cases: Array<[number, string]> = [
    [0, '0'],
    [1, '0.000001'],
    [100_000, '0.1'],
    [1_000_000, '1'],
    [4_650_000_000, '4650'],
    [420_123_456, '420.123456'],
    [-120_500_000, '-120.5'],
  ];
  for (const [fen, text] of cases) {
    it(`${fen} fen → "${text}" 万元, and back`, () => {
      assert.equal(fenToWanText(fen), text);
      assert.deepEqual(parseWanToFen(text, { isNegativeAllowed: true }), { isOk: true, fen });
    });
  }

  it('refuses fractional fen', () => assert.throws(() => fenToWanText(1.5), RangeError));
});
