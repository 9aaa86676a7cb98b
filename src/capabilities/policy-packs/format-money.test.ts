import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBasisPoints, formatFen } from './format-money.ts';

describe('formatFen', () => {
  const cases: [number, string][] = [
    [12_000_000_000_000, '1200亿元'],
    [3_000_000_000_000, '300亿元'],
    [12_345_000_000, '1.2345亿元'],
    [2_000_000_000, '2000万元'],
    [15_000_000, '15万元'],
    [1_000_001, '1.000001万元'],
    [999_999, '9999.99元'],
    [5, '0.05元'],
    [0, '0元'],
    [-15_000_000, '-15万元'],
    [9_007_199_254_740_991, '900719.9254740991亿元'],
  ];
  for (const [fen, expected] of cases) it(`${fen} fen → ${expected}`, () => assert.equal(formatFen(fen), expected));
});

describe('formatBasisPoints', () => {
  const cases: [number, string][] = [
    [200, '2%'],
    [5000, '50%'],
    [250, '2.5%'],
    [5, '0.05%'],
  ];
  for (const [basisPoints, expected] of cases) it(`${basisPoints} bp → ${expected}`, () => assert.equal(formatBasisPoints(basisPoints), expected));
});
