import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import type { RuleSet } from './rule-set.contracts.ts';
import { baseFacts, indicatorOf, ruleSet, wan, withEveryYear, withFacts, withIp, withYear, yi } from './test-facts.ts';

const hnte = ruleSet('hnte-2016');
const Y = 2025;

/** Three years 2023–2025 of the base enterprise: sales 3000/3500/4000万, R&D 150/175/200万 = exactly 5.00%. */
const base = baseFacts();

function statusOf(facts: EnterpriseFacts, code: string): string {
  return indicatorOf(evaluate(hnte, facts), code).status;
}

/** The same sales and R&D in 2023, 2024 and 2025. */
function flat(revenueFen: number, rndExpenseFen: number, lastRndExpenseFen = rndExpenseFen): EnterpriseFacts {
  return withYear(
    withEveryYear(base, () => ({ revenueFen, rndExpenseFen, rndExpenseDomesticFen: rndExpenseFen, highTechRevenueFen: revenueFen })),
    Y,
    { rndExpenseFen: lastRndExpenseFen, rndExpenseDomesticFen: lastRndExpenseFen },
  );
}

describe('hnte-2016 — 高新技术企业认定 (国科发火〔2016〕32号 + 195号)', () => {
  it('the base enterprise meets every computable condition and is manual review: 技术领域 and 核心支持作用 need experts (第十一条（二）（三）)', () => {
    const result = evaluate(hnte, base);
    assert.equal(result.status, 'manual_review');
    for (const code of ['HNTE-1', 'HNTE-4', 'HNTE-5', 'HNTE-6', 'HNTE-7', 'HNTE-8B']) assert.equal(indicatorOf(result, code).status, 'met', code);
    assert.equal(indicatorOf(result, 'HNTE-3').status, 'manual_review');
    assert.equal(indicatorOf(result, 'HNTE-2-OWNS-IP').status, 'met');
    assert.equal(result.total, undefined);
    assert.ok(result.totalRange && result.totalRange[0] < 71 && result.totalRange[1] > 70);
  });

  it('第十一条（一）/指引: founded 365 calendar days before the assessment date → met; 364 → fail', () => {
    assert.equal(statusOf(withFacts(base, { foundedOn: '2025-05-01' }), 'HNTE-1'), 'met');
    const young = withFacts(base, { foundedOn: '2025-05-02' });
    assert.equal(statusOf(young, 'HNTE-1'), 'not_met');
    assert.equal(evaluate(hnte, young).status, 'fail');
  });

  it('第十一条（二）: no Ⅰ类 or Ⅱ类 IP at all → fail (不具备知识产权的企业不能认定)', () => {
    const result = evaluate(hnte, withIp(base, Y, { classOneCount: 0, classTwoCount: 0 }));
    assert.equal(indicatorOf(result, 'HNTE-2').status, 'not_met');
    assert.equal(result.status, 'fail');
  });

  it('第十一条（四）: tech staff 10% → met; 9.99% → fail', () => {
    assert.equal(statusOf(withYear(base, Y, { employees: 10_000, techStaff: 1000 }), 'HNTE-4'), 'met');
    assert.equal(statusOf(withYear(base, Y, { employees: 10_000, techStaff: 999 }), 'HNTE-4'), 'not_met');
  });

  // 第十一条（五）: the minimum ratio is set by the latest year's sales (≤ 5000万 含 → 5%, ≤ 2亿 含 → 4%, else 3%).
  const rndCases: Array<[string, EnterpriseFacts, 'met' | 'not_met']> = [
    ['sales 5000万 (含) → 5%: exactly 5% met', flat(wan(5000), wan(250)), 'met'],
    ['sales 5000万 (含) → 5%: 1分 short', flat(wan(5000), wan(250), wan(250) - 1), 'not_met'],
    ['sales 5000万 + 25分 → 4%: exactly 4% met', flat(wan(5000) + 25, wan(200) + 1), 'met'],
    ['sales 5000万 + 25分 → 4%: 1分 short', flat(wan(5000) + 25, wan(200) + 1, wan(200)), 'not_met'],
    ['sales 2亿 (含) → 4%: exactly 4% met', flat(yi(2), wan(800)), 'met'],
    ['sales 2亿 (含) → 4%: 1分 short', flat(yi(2), wan(800), wan(800) - 1), 'not_met'],
    ['sales 2亿 + 1元 → 3%: exactly 3% met', flat(yi(2) + 100, wan(600) + 3), 'met'],
    ['sales 2亿 + 1元 → 3%: 1分 short', flat(yi(2) + 100, wan(600) + 3, wan(600) + 2), 'not_met'],
  ];
  for (const [label, facts, expected] of rndCases) {
    it(`第十一条（五）研发费用占比: ${label}`, () => assert.equal(statusOf(facts, 'HNTE-5'), expected));
  }

  it('第十一条（五）: the threshold follows the most recent year only (earlier 1亿 years do not lower it)', () => {
    const facts = withYear(withYear(flat(yi(1), wan(450)), Y, { revenueFen: wan(4000), rndExpenseFen: wan(180) }), 2024, {});
    const indicator = indicatorOf(evaluate(hnte, facts), 'HNTE-5');
    assert.equal(indicator.status, 'not_met');
    assert.match(indicator.requirement ?? '', /≥ 5%/);
    assert.equal(indicator.value, '4.5%');
  });

  it('第十一条（五）: fewer than three operating years count only the actual years (no missing 2023 facts)', () => {
    const young = withFacts(withYear(base, 2023, { revenueFen: undefined, rndExpenseFen: undefined }), { foundedOn: '2024-03-01' });
    const indicator = indicatorOf(evaluate(hnte, young), 'HNTE-5');
    assert.equal(indicator.status, 'met');
    assert.deepEqual(Object.keys(indicator.inputs).sort(), ['years[2024].revenueFen', 'years[2024].rndExpenseFen', 'years[2025].revenueFen', 'years[2025].rndExpenseFen']);
  });

  it('第十一条（五）: domestic R&D 60% → met; 1分 less → fail', () => {
    const domestic = (last: number) => withYear(withEveryYear(base, () => ({ rndExpenseFen: wan(100), rndExpenseDomesticFen: wan(60) })), Y, { rndExpenseDomesticFen: last });
    assert.equal(statusOf(domestic(wan(60)), 'HNTE-6'), 'met');
    assert.equal(statusOf(domestic(wan(60) - 1), 'HNTE-6'), 'not_met');
  });

  it('第十一条（六）: high-tech revenue 60% → met; 1分 less → fail', () => {
    assert.equal(statusOf(withYear(base, Y, { highTechRevenueFen: wan(2400) }), 'HNTE-7'), 'met');
    assert.equal(statusOf(withYear(base, Y, { highTechRevenueFen: wan(2400) - 1 }), 'HNTE-7'), 'not_met');
  });

  it('第十一条（八）: a major accident in the last year → fail; unknown → manual review naming the flag', () => {
    assert.equal(evaluate(hnte, withFacts(base, { flags: { ...base.flags, noMajorSafetyQualityEnvironmentIncidentsInLastYear: false } })).status, 'fail');
    const unknown = evaluate(hnte, withFacts(base, { flags: { ...base.flags, noMajorSafetyQualityEnvironmentIncidentsInLastYear: undefined } }));
    assert.ok(unknown.missingFacts.includes('flags.noMajorSafetyQualityEnvironmentIncidentsInLastYear'));
  });

  // 指引 企业成长性: g = ½(v2/v1 + v3/v2) − 1, bands A ≥ 35%, B ≥ 25%, C ≥ 15%, D ≥ 5%, E > 0, F ≤ 0.
  const growthCases: Array<[string, [number, number, number], [number, number]]> = [
    ['35% → A 9–10', [10_000, 13_500, 18_225], [9, 10]],
    ['just under 35% → B 7–8', [10_000, 13_500, 18_224], [7, 8]],
    ['25% → B 7–8', [10_000, 12_500, 15_625], [7, 8]],
    ['just under 25% → C 5–6', [10_000, 12_500, 15_624], [5, 6]],
    ['15% → C 5–6', [10_000, 11_500, 13_225], [5, 6]],
    ['just under 15% → D 3–4', [10_000, 11_500, 13_224], [3, 4]],
    ['5% → D 3–4', [10_000, 10_500, 11_025], [3, 4]],
    ['just under 5% → E 1–2', [10_000, 10_500, 11_024], [1, 2]],
    ['just over 0 → E 1–2', [10_000, 10_000, 10_001], [1, 2]],
    ['exactly 0 → F 0 (增长率 ≤ 0)', [10_000, 10_000, 10_000], [0, 0]],
    ['negative → F 0', [10_000, 9_000, 8_000], [0, 0]],
    ['worked example 1000/1300/1800 → 34.2% → B 7–8', [1000, 1300, 1800], [7, 8]],
    ['first year 0 → v3/v2 − 1 = 35% → A', [0, 10_000, 13_500], [9, 10]],
    ['second year 0 → 0 points', [10_000, 0, 20_000], [0, 0]],
  ];
  for (const [label, [v1, v2, v3], expected] of growthCases) {
    it(`195号 企业成长性 销售收入增长率: ${label}`, () => {
      const facts = withYear(withYear(withYear(base, 2023, { revenueFen: wan(v1) }), 2024, { revenueFen: wan(v2) }), Y, { revenueFen: wan(v3) });
      assert.deepEqual(indicatorOf(evaluate(hnte, facts), 'HNTE-GROWTH-SALES').pointsRange, expected);
    });
  }

  it('195号 企业成长性 净资产增长率 uses assets − liabilities at each year end', () => {
    const facts = [2023, 2024, 2025].reduce((current, year, index) => withYear(current, year, { totalAssetsFen: wan([20_000, 23_500, 28_225][index] ?? 0), totalLiabilitiesFen: wan(10_000) }), base);
    const indicator = indicatorOf(evaluate(hnte, facts), 'HNTE-GROWTH-NET-ASSETS');
    assert.equal(indicator.value, '35%');
    assert.deepEqual(indicator.pointsRange, [9, 10]);
  });

  it('195号 企业成长性: one operating year → 0 points; two → v3/v2 − 1 (the [U] reduction, stated in the result)', () => {
    const oneYear = withFacts(base, { foundedOn: '2025-01-10', asOf: '2026-05-01' });
    assert.deepEqual(indicatorOf(evaluate(hnte, oneYear), 'HNTE-GROWTH-SALES').pointsRange, [0, 0]);
    const twoYears = withYear(withYear(withFacts(base, { foundedOn: '2024-01-10' }), 2024, { revenueFen: wan(10_000) }), Y, { revenueFen: wan(13_500) });
    const indicator = indicatorOf(evaluate(hnte, twoYears), 'HNTE-GROWTH-SALES');
    assert.deepEqual(indicator.pointsRange, [9, 10]);
    assert.match(indicator.reason?.zh ?? '', /两年经营/);
  });

  /** All conditions met; IP block 30 (Ⅰ类, capped), R&D management 0–20, transfers average 1 (E 1–6). */
  function scored(netAssets: [number, number, number], sales: [number, number, number]): EnterpriseFacts {
    let facts = withEveryYear(base, (year) => ({ totalLiabilitiesFen: 0, totalAssetsFen: wan(netAssets[year - 2023] ?? 1), revenueFen: wan(sales[year - 2023] ?? 1), rndExpenseFen: wan(600), rndExpenseDomesticFen: wan(600), highTechRevenueFen: yi(1) }));
    for (const year of [2023, 2024, 2025]) facts = withIp(facts, year, { achievementsTransferred: 1 });
    return facts;
  }

  it('第十一条（七）/指引: the highest possible total 70 (≤ 70) → fail even before the experts', () => {
    const result = evaluate(hnte, scored([10_000, 12_500, 15_625], [10_000, 11_500, 13_225]));
    assert.deepEqual(result.totalRange, [20, 70]);
    assert.equal(result.status, 'fail');
    assert.ok(result.reasons.some((reason) => reason.zh.includes('总分 20–70，要求 ≥ 71')));
  });

  it('第十一条（七）/指引: the highest possible total 72 → manual review (the experts decide)', () => {
    const result = evaluate(hnte, scored([10_000, 12_500, 15_625], [10_000, 12_500, 15_625]));
    assert.deepEqual(result.totalRange, [22, 72]);
    assert.equal(result.status, 'manual_review');
  });

  it('第十一条（七）/指引: pass only when the lowest possible total ≥ 71 (decision rule on ranges)', () => {
    const rangeRuleSet = (range: [number, number]): RuleSet => ({
      ...hnte,
      groups: [],
      items: [{ code: 'EXPERT', name: { zh: '专家评分', en: 'expert score' }, clause: '195号', confidence: 'V', definition: { kind: 'expert_range', range, reason: { zh: '专家', en: 'expert' } } }],
      decision: { score: { minTotal: 71, clause: '195号（> 70）' } },
    });
    assert.equal(evaluate(rangeRuleSet([71, 80]), base).status, 'pass');
    assert.equal(evaluate(rangeRuleSet([70, 80]), base).status, 'manual_review');
    assert.equal(evaluate(rangeRuleSet([60, 70]), base).status, 'fail');
  });

  it('gap analysis for the computable conditions: hire tech staff and add R&D over three years', () => {
    const facts = withYear(base, Y, { employees: 200, techStaff: 19, rndExpenseFen: wan(124) });
    const result = evaluate(hnte, facts);
    assert.equal(result.status, 'fail');
    const gaps = analyseGaps(hnte, facts, result);
    const changes = gaps.plans[0]?.changes ?? [];
    assert.deepEqual(
      changes.map((gap) => gap.messageZh),
      ['科技人员占职工总数比例 9.5% → 10%：再增加 2 名科技人员', '近三年研发费用占销售收入比例 4.27% → 5%：在当前收入下需增加研发投入约 76 万元（计入 2025 年）'],
    );
    assert.ok(gaps.unresolved.some((entry) => entry.indicatorCode === 'HNTE-3'));
  });
});
