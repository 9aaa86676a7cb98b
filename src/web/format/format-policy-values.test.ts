import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBasisPoints, formatParameterValue, formatTargetValue } from './format-policy-values.ts';

describe('policy value formatting', () => {
  it('shows basis points as an exact percentage', () => {
    assert.equal(formatBasisPoints(200), '2%'); // guarantee reward rate, 三（四）
    assert.equal(formatBasisPoints(250), '2.5%');
    assert.equal(formatBasisPoints(5), '0.05%');
    assert.equal(formatBasisPoints(10000), '100%');
  });

  it('shows money targets in 亿元 and count targets with their noun', () => {
    assert.equal(formatTargetValue({ unit: 'fen', comparator: '>', value: 12_000_000_000_000 }, 'zh-CN'), '> 1,200.00 亿元');
    assert.equal(formatTargetValue({ unit: 'fen', comparator: '>=', value: 3_000_000_000_000 }, 'en-US'), '≥ CNY 30.00 billion');
    assert.equal(formatTargetValue({ unit: 'count', comparator: '>=', value: 50, countNoun: { zh: '个', en: 'products' } }, 'zh-CN'), '≥ 50个');
    assert.equal(formatTargetValue({ unit: 'count', comparator: '>=', value: 50, countNoun: { zh: '个', en: 'products' } }, 'en-US'), '≥ 50 products');
  });

  it('formats each parameter unit and leaves open parameters undefined', () => {
    assert.equal(formatParameterValue({ unit: 'fen', value: 15_000_000 }, 'zh-CN'), '15.00 万元');
    assert.equal(formatParameterValue({ unit: 'basis_points', value: 200 }, 'zh-CN'), '2%');
    assert.equal(formatParameterValue({ unit: 'period', value: 'calendar_year' }, 'zh-CN'), '每个自然年度');
    assert.equal(formatParameterValue({ unit: 'period', value: 'calendar_year' }, 'en-US'), 'Per calendar year');
    assert.equal(formatParameterValue({ unit: 'list', value: ['科创板', '创业板'] }, 'zh-CN'), '科创板、创业板');
    assert.equal(
      formatParameterValue({ unit: 'stages', value: [{ name: { zh: '辅导备案', en: 'Coaching filed' }, amount: 200_000_000 }] }, 'zh-CN'),
      '辅导备案 200.00 万元',
    );
    assert.equal(formatParameterValue({ unit: 'text', value: '按融资额' }, 'zh-CN'), '按融资额');
    assert.equal(formatParameterValue({ unit: 'basis_points', value: null }, 'zh-CN'), undefined);
  });
});
