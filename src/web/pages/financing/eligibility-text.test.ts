import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEligibility } from './eligibility-text.ts';

describe('eligibility rules in words', () => {
  it('reads the demo bank’s 科创信用贷 rule in Chinese and English', () => {
    const rule = { any: [{ qualification: ['high_tech_enterprise', 'tech_sme'] }, { compositeGrade: { atLeast: '2A' } }] };
    assert.match(describeEligibility(rule, 'zh-CN'), /^满足其一：（具有 .+ 或 .+ 资质）；（科创指数等级不低于 2A）$/);
    assert.match(describeEligibility(rule, 'en-US'), /^any of: \(holds .+ or .+\); \(tech-innovation grade at least 2A\)$/);
  });

  it('names facts, ages and open rules, and shows an unknown test as it is', () => {
    assert.match(describeEligibility({ fact: { field: 'revenueFen', op: '>=', value: '500万元' } }, 'zh-CN'), /≥ 500万元$/);
    assert.equal(describeEligibility({ ageYears: { op: '<=', value: 5 } }, 'zh-CN'), '成立年限 ≤ 5 年');
    assert.equal(describeEligibility(null, 'zh-CN'), '无门槛');
    assert.match(describeEligibility({ fact: { field: 'revenueFen', op: '>=', value: '500万元' } }, 'en-US'), /≥ CNY 5\.00 million$/, 'money in English words');
    assert.equal(describeEligibility({ amount: { op: '<=', value: '1.5亿元' } }, 'en-US'), 'amount asked ≤ CNY 150.00 million');
    assert.equal(describeEligibility({ amount: { op: '<=', value: '1.5亿元' } }, 'zh-CN'), '申请金额 ≤ 1.5亿元');
    assert.equal(describeEligibility({ novel: 1 }, 'en-US'), '{"novel":1}');
  });
});
