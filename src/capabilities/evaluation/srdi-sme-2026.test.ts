import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from './evaluate.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { findRuleSetInForce } from './find-rule-set-in-force.ts';
import { loadBundledRuleSets } from './load-bundled-rule-sets.ts';
import { baseFacts, indicatorOf, ruleSet, wan, withFacts, withIp, withYear } from './test-facts.ts';

const srdi = ruleSet('srdi-sme-2026');
const Y = 2025;

/** The base enterprise holding a valid 创新型中小企业 title: every condition met except market position (always manual). */
const titled = withFacts(baseFacts(), { qualifications: [{ kind: 'innovative_sme', certificateNumber: 'CX2025-330500-0001', validFrom: '2025-07-01', validTo: '2028-06-30' }] });

function statusOf(facts: EnterpriseFacts, code: string): string {
  return indicatorOf(evaluate(srdi, facts), code).status;
}

describe('srdi-sme-2026 — 专精特新中小企业 (工信部企业〔2026〕2号, in force 2026-04-01)', () => {
  it('every numeric condition met → manual review only for 市场占有率“较为靠前” (认定条件（六）)', () => {
    const result = evaluate(srdi, titled);
    assert.equal(result.status, 'manual_review');
    assert.deepEqual(
      result.indicators.filter((indicator) => indicator.status !== 'met').map((indicator) => indicator.code),
      ['SRDI26-6'],
    );
  });

  it('认定条件（一）: no 科技和创新型 title → fail; only a 科技型中小企业 registration → manual review (transition)', () => {
    assert.equal(evaluate(srdi, baseFacts()).status, 'fail');
    const techOnly = withFacts(baseFacts(), { qualifications: [{ kind: 'tech_sme', certificateNumber: '2025330502A0001234', validTo: '2026-05-31' }] });
    assert.equal(statusOf(techOnly, 'SRDI26-1'), 'manual_review');
  });

  it('认定条件（一）: in the niche market since 2023-01-01 → 3 years by the end of 2025 (met); from 2023-01-02 → not met', () => {
    assert.equal(statusOf(withFacts(titled, { market: { nicheMarketSince: '2023-01-01', srdiDevelopmentScore: 65 } }), 'SRDI26-1'), 'met');
    assert.equal(statusOf(withFacts(titled, { market: { nicheMarketSince: '2023-01-02', srdiDevelopmentScore: 65 } }), 'SRDI26-1'), 'not_met');
  });

  it('认定条件（二）: revenue 1500万元 met, 1分 less not; or 2000万元 of new equity over two years', () => {
    assert.equal(statusOf(withYear(titled, Y, { revenueFen: wan(1500), rndExpenseFen: wan(100), highTechRevenueFen: wan(1000), mainBusinessRevenueFen: wan(1500) }), 'SRDI26-2'), 'met');
    const small = withYear(titled, Y, { revenueFen: wan(1500) - 1 });
    assert.equal(statusOf(small, 'SRDI26-2'), 'not_met');
    assert.equal(statusOf(withYear(withYear(small, 2024, { qualifiedEquityRaisedFen: wan(1000) }), Y, { qualifiedEquityRaisedFen: wan(1000) }), 'SRDI26-2'), 'met');
    assert.equal(statusOf(withYear(withYear(small, 2024, { qualifiedEquityRaisedFen: wan(1000) }), Y, { qualifiedEquityRaisedFen: wan(1000) - 1 }), 'SRDI26-2'), 'not_met');
  });

  it('认定条件（三）: 主营业务收入占比 80% met, 1分 less not; 资产负债率 80% met, 1分 more not', () => {
    assert.equal(statusOf(withYear(titled, Y, { mainBusinessRevenueFen: wan(3200) }), 'SRDI26-3'), 'met');
    assert.equal(statusOf(withYear(titled, Y, { mainBusinessRevenueFen: wan(3200) - 1 }), 'SRDI26-3'), 'not_met');
    assert.equal(statusOf(withYear(titled, Y, { totalAssetsFen: wan(5000), totalLiabilitiesFen: wan(4000) }), 'SRDI26-3'), 'met');
    assert.equal(statusOf(withYear(titled, Y, { totalAssetsFen: wan(5000), totalLiabilitiesFen: wan(4000) + 1 }), 'SRDI26-3'), 'not_met');
  });

  it('认定条件（四）: each of the last two years ≥ 100万元 and ≥ 3% of revenue', () => {
    // 2024: exactly 100万元 (3.33%); 2025: exactly 3% (120万元 of 4000万元).
    const atLimits = withYear(withYear(titled, 2024, { revenueFen: wan(3000), rndExpenseFen: wan(100) }), Y, { revenueFen: wan(4000), rndExpenseFen: wan(120) });
    assert.equal(statusOf(atLimits, 'SRDI26-4'), 'met');
    assert.equal(statusOf(withYear(atLimits, 2024, { rndExpenseFen: wan(100) - 1 }), 'SRDI26-4'), 'not_met');
    assert.equal(statusOf(withYear(atLimits, Y, { revenueFen: wan(4000) + 1 }), 'SRDI26-4'), 'not_met');
  });

  it('认定条件（五）: Ⅰ类 held but "applied" unknown → manual; no Ⅰ类 but a provincial R&D institution → met', () => {
    assert.equal(statusOf(withIp(titled, Y, { classOneAppliedInMainProductsCount: undefined }), 'SRDI26-5'), 'manual_review');
    const noIp = withIp(titled, Y, { classOneCount: 0, classOneAppliedInMainProductsCount: undefined });
    assert.equal(statusOf(noIp, 'SRDI26-5'), 'not_met');
    assert.equal(statusOf(withIp(noIp, Y, { rndInstitutions: [{ level: 'provincial', name: '浙江省企业技术中心' }] }), 'SRDI26-5'), 'met');
  });

  it('认定条件（七）: development score 50 met, 49.9 not, missing → manual review naming it', () => {
    assert.equal(statusOf(withFacts(titled, { market: { nicheMarketSince: '2019-01-01', srdiDevelopmentScore: 50 } }), 'SRDI26-7'), 'met');
    assert.equal(statusOf(withFacts(titled, { market: { nicheMarketSince: '2019-01-01', srdiDevelopmentScore: 49.9 } }), 'SRDI26-7'), 'not_met');
    const missing = evaluate(srdi, withFacts(titled, { market: { nicheMarketSince: '2019-01-01' } }));
    assert.ok(missing.missingFacts.includes('market.srdiDevelopmentScore'));
  });

  it('the 2026 standard is in force from 2026-04-01 only (standards.md §3.1)', () => {
    const all = loadBundledRuleSets();
    assert.equal(findRuleSetInForce(all, 'srdi-sme', '2026-04-01')?.id, 'srdi-sme-2026');
    assert.equal(findRuleSetInForce(all, 'srdi-sme', '2026-03-31'), undefined);
  });
});
