import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { baseFacts, indicatorOf, ruleSet, wan, withEveryYear, withFacts, withIp, withYear, yi } from './test-facts.ts';

const star = ruleSet('star-market-2024');
const Y = 2025;

/** Revenue 1亿 → 1.25亿 → 1.5625亿 (CAGR exactly 25%), R&D 5% each year, 7 invention patents, R&D staff 20%. */
const regular = withIp(
  [2023, 2024, 2025].reduce((facts, year, index) => withYear(facts, year, { revenueFen: [yi(1), yi(1.25), yi(1.5625)][index] ?? 0, rndExpenseFen: [wan(500), wan(625), wan(781.25)][index] ?? 0 }), baseFacts()),
  Y,
  { inventionPatentsInMainBusiness: 7 },
);

function statusOf(facts: EnterpriseFacts, code: string): string {
  return indicatorOf(evaluate(star, facts), code).status;
}

describe('star-market-2024 — 科创属性评价指引（试行）(CSRC, 2024 revision)', () => {
  it('第一条: all four regular indicators met → pass', () => {
    const result = evaluate(star, regular);
    assert.equal(result.status, 'pass');
    for (const code of ['STAR-1', 'STAR-2', 'STAR-3', 'STAR-4']) assert.equal(indicatorOf(result, code).status, 'met', code);
  });

  it('第一条（一）: three-year R&D 5% met, 1分 short not; 8000万元 in total is the alternative', () => {
    assert.equal(statusOf(withYear(regular, Y, { rndExpenseFen: wan(781.25) - 1 }), 'STAR-1'), 'not_met');
    const big = withEveryYear(regular, () => ({ rndExpenseFen: wan(8000 / 3) }));
    assert.equal(statusOf(withYear(big, Y, { revenueFen: yi(20) }), 'STAR-1'), 'met');
  });

  it('第一条（二）: R&D staff 10% met, 9.99% not', () => {
    assert.equal(statusOf(withYear(regular, Y, { employees: 10_000, rndStaff: 1000 }), 'STAR-2'), 'met');
    assert.equal(statusOf(withYear(regular, Y, { employees: 10_000, rndStaff: 999 }), 'STAR-2'), 'not_met');
  });

  it('第一条（三）: 7 invention patents met, 6 not', () => {
    assert.equal(statusOf(regular, 'STAR-3'), 'met');
    assert.equal(statusOf(withIp(regular, Y, { inventionPatentsInMainBusiness: 6 }), 'STAR-3'), 'not_met');
  });

  it('第一条（四）: CAGR exactly 25% met, 1分 less not; or revenue 3亿元 in the latest year', () => {
    assert.equal(statusOf(withYear(regular, Y, { revenueFen: yi(1.5625) - 1 }), 'STAR-4'), 'not_met');
    assert.equal(statusOf(withYear(withYear(regular, 2023, { revenueFen: yi(3) }), Y, { revenueFen: yi(3), rndExpenseFen: wan(2000) }), 'STAR-4'), 'met');
    assert.equal(statusOf(withYear(withYear(regular, 2023, { revenueFen: yi(3) }), Y, { revenueFen: yi(3) - 1, rndExpenseFen: wan(2000) }), 'STAR-4'), 'not_met');
  });

  it('第一条 software variant: I65 with no patents but R&D ≥ 10% passes; 9.99% does not', () => {
    const software = withIp(withFacts(regular, { industryCode: 'I6511' }), Y, { inventionPatentsInMainBusiness: 0 });
    const tenPercent = withEveryYear(software, (year) => ({ rndExpenseFen: [wan(1000), wan(1250), wan(1562.5)][year - 2023] ?? 0 }));
    assert.equal(evaluate(star, tenPercent).status, 'pass');
    assert.equal(statusOf(withYear(tenPercent, Y, { rndExpenseFen: wan(1562.5) - 1 }), 'STAR-1-SOFTWARE'), 'not_met');
  });

  it('第二条: regular indicators missed → manual review (exceptions 1–4 need a person); 50 patents (exception 5) → pass', () => {
    const missed = withIp(regular, Y, { inventionPatentsInMainBusiness: 6 });
    assert.equal(evaluate(star, missed).status, 'manual_review');
    const fifty = withIp(withYear(regular, Y, { revenueFen: yi(1.2) }), Y, { inventionPatentsInMainBusiness: 50 });
    const result = evaluate(star, withYear(fifty, Y, { employees: 100, rndStaff: 5 }));
    assert.equal(result.status, 'pass');
    assert.equal(result.passedByDirectRoute, 'STAR-EX-5');
  });

  it('第三条: real estate (K) fails outright', () => {
    assert.equal(evaluate(star, withFacts(regular, { industryCode: 'K7010' })).status, 'fail');
  });

  it('gap analysis: revenue needed in 2025 for a 25% CAGR, stated in 万元', () => {
    const facts = withIp(withYear(regular, Y, { revenueFen: yi(1.5) }), Y, { inventionPatentsInMainBusiness: 7 });
    const result = evaluate(star, facts);
    assert.equal(result.status, 'manual_review');
    const gaps = analyseGaps(star, facts, result);
    const cagr = gaps.plans.flatMap((plan) => plan.changes).find((gap) => gap.indicatorCode === 'STAR-4-CAGR');
    assert.equal(cagr?.messageZh, '最近三年营业收入复合增长率 22.47% → 25%：2025 年营业收入需达到 15625万元（增加约 625 万元）');
  });
});
