import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatRateBp, formatRateRange, parsePercentToBp } from './format-rate.ts';

describe('rates in basis points', () => {
  it('shows basis points as percent with two decimals', () => {
    assert.equal(formatRateBp(365), '3.65%');
    assert.equal(formatRateBp(5), '0.05%');
    assert.equal(formatRateBp(1000), '10.00%');
    assert.equal(formatRateBp(null), '—');
    assert.equal(formatRateRange(320, 450), '3.20% – 4.50%');
    assert.equal(formatRateRange(null, 450), '— – 4.50%');
  });

  it('reads typed percent exactly, and refuses more than two decimals', () => {
    assert.equal(parsePercentToBp('3.65'), 365);
    assert.equal(parsePercentToBp('4'), 400);
    assert.equal(parsePercentToBp('４.５%'), 450);
    assert.equal(parsePercentToBp('0.1'), 10);
    assert.equal(parsePercentToBp('3.655'), undefined);
    assert.equal(parsePercentToBp('abc'), undefined);
  });
});
