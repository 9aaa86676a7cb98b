import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPoints, formatTotal } from './portrait-format.ts';

describe('portrait formats', () => {
  it('shows a total as one number, a range while undecided, or a dash', () => {
    assert.equal(formatTotal(76, 76), '76');
    assert.equal(formatTotal(58, 70), '58–70');
    assert.equal(formatTotal(37.85, null), '37.85');
    assert.equal(formatTotal(null, null), '—');
  });

  it('shows an indicator’s exact points before its range', () => {
    assert.equal(formatPoints(12, undefined), '12');
    assert.equal(formatPoints(undefined, [0, 8]), '0–8');
    assert.equal(formatPoints(undefined, [5, 5]), '5');
    assert.equal(formatPoints(undefined, undefined), '');
  });
});
