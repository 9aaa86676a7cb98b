import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { baseFacts, indicatorOf, ruleSet, wan, withFacts, withIp, withYear, yi } from './test-facts.ts';

const tsme = ruleSet('tsme-2022');
const Y = 2025;

/** The base enterprise with S1 = 16, S2 = 40, S3 = 30 (total 86) and no direct route. */
const base = baseFacts();

function points(facts: EnterpriseFacts, code: string): number | undefined {
  return indicatorOf(evaluate(tsme, facts), code).points;
}

describe('tsme-2022 — 科技型中小企业评价 (国科发政〔2017〕115号 + 国科火字〔2022〕67号)', () => {
  it('the base enterprise passes on the score: 16 + 40 + 30 = 86 (第六条（五）, 第七条)', () => {
    const result = evaluate(tsme, base);
    assert.equal(result.status, 'pass');
    assert.equal(result.total, 86);
    assert.equal(result.passedByDirectRoute, undefined);
    assert.deepEqual(result.missingFacts, []);
    assert.equal(result.needsOfficialCheck, true);
  });

  // 第七条（一）: 科技人员数 ÷ 职工总数, on both sides of every boundary (10 000 staff so 1 person = 0.01%).
  const staffCases: Array<[string, number, number]> = [
    ['30% → A 20', 3000, 20],
    ['29.99% → B 16', 2999, 16],
    ['25% → B 16', 2500, 16],
    ['24.99% → C 12', 2499, 12],
    ['20% → C 12', 2000, 12],
    ['19.99% → D 8', 1999, 8],
    ['15% → D 8', 1500, 8],
    ['14.99% → E 4', 1499, 4],
    ['10% → E 4', 1000, 4],
    ['9.99% → F 0', 999, 0],
  ];
  for (const [label, techStaff, expected] of staffCases) {
    it(`第七条（一）科技人员指标: ${label}`, () => {
      assert.equal(points(withYear(base, Y, { employees: 10_000, techStaff }), 'TSME-S1'), expected);
    });
  }

  // 第七条（二）: 研发费用 ÷ 销售收入 on 1亿元 of sales (1分 below each boundary falls to the band below).
  const salesCases: Array<[string, number, number]> = [
    ['6% → A 50', wan(600), 50],
    ['6% − 1分 → B 40', wan(600) - 1, 40],
    ['5% → B 40', wan(500), 40],
    ['5% − 1分 → C 30', wan(500) - 1, 30],
    ['4% → C 30', wan(400), 30],
    ['4% − 1分 → D 20', wan(400) - 1, 20],
    ['3% → D 20', wan(300), 20],
    ['3% − 1分 → E 10', wan(300) - 1, 10],
    ['2% → E 10', wan(200), 10],
    ['2% − 1分 → F 0', wan(200) - 1, 0],
  ];
  for (const [label, rndExpenseFen, expected] of salesCases) {
    it(`第七条（二）研发投入（占销售收入）: ${label}`, () => {
      const facts = withYear(base, Y, { revenueFen: yi(1), rndExpenseFen, costsAndExpensesFen: yi(1) });
      const indicator = indicatorOf(evaluate(tsme, facts), 'TSME-S2');
      assert.equal(indicator.points, expected);
      assert.equal(indicator.usedOption, 'TSME-S2-SALES');
    });
  }

  // 第七条（二）: 研发费用 ÷ 成本费用支出总额 on 1000万元 of costs, sales large enough that the sales ratio is F.
  const costCases: Array<[string, number, number]> = [
    ['30% → A 50', wan(300), 50],
    ['30% − 1分 → B 40', wan(300) - 1, 40],
    ['25% → B 40', wan(250), 40],
    ['25% − 1分 → C 30', wan(250) - 1, 30],
    ['20% → C 30', wan(200), 30],
    ['20% − 1分 → D 20', wan(200) - 1, 20],
    ['15% → D 20', wan(150), 20],
    ['15% − 1分 → E 10', wan(150) - 1, 10],
    ['10% → E 10', wan(100), 10],
    ['10% − 1分 → F 0', wan(100) - 1, 0],
  ];
  for (const [label, rndExpenseFen, expected] of costCases) {
    it(`第七条（二）研发投入（占成本费用）: ${label}, the better ratio counts and is recorded`, () => {
      const facts = withYear(base, Y, { revenueFen: yi(2), rndExpenseFen, costsAndExpensesFen: wan(1000) });
      const indicator = indicatorOf(evaluate(tsme, facts), 'TSME-S2');
      assert.equal(indicator.points, expected);
      if (expected > 0) assert.equal(indicator.usedOption, 'TSME-S2-COSTS');
    });
  }

  // 第七条（三）: Ⅰ类 ≥ 1 → 30, otherwise by the number of Ⅱ类.
  const ipCases: Array<[string, number, number, number]> = [
    ['1 项Ⅰ类 → A 30', 1, 0, 30],
    ['0 Ⅰ类, 4 项Ⅱ类 → B 24', 0, 4, 24],
    ['0 Ⅰ类, 3 项Ⅱ类 → C 18', 0, 3, 18],
    ['0 Ⅰ类, 2 项Ⅱ类 → D 12', 0, 2, 12],
    ['0 Ⅰ类, 1 项Ⅱ类 → E 6', 0, 1, 6],
    ['无 → F 0', 0, 0, 0],
  ];
  for (const [label, classOneCount, classTwoCount, expected] of ipCases) {
    it(`第七条（三）科技成果指标: ${label}`, () => {
      assert.equal(points(withIp(base, Y, { classOneCount, classTwoCount }), 'TSME-S3'), expected);
    });
  }

  it('第七条（三）: a known Ⅰ类 gives 30 even when the Ⅱ类 count is missing (best_of is exact)', () => {
    const indicator = indicatorOf(evaluate(tsme, withIp(base, Y, { classTwoCount: undefined })), 'TSME-S3');
    assert.equal(indicator.points, 30);
    assert.equal(indicator.status, 'scored');
  });

  it('第六条（五）: total exactly 60 with tech staff points > 0 passes; 56 fails', () => {
    // S1 4 (10%), S2 20 (3%), S3 … 36 needs Ⅰ类 (30) + … → use S1 12 (20%) + S2 30 (4%) + S3 18 (3 Ⅱ类) = 60.
    const sixty = withIp(withYear(base, Y, { techStaff: 20, rndExpenseFen: wan(160) }), Y, { classOneCount: 0, classTwoCount: 3 });
    const atSixty = evaluate(tsme, withYear(sixty, Y, { revenueFen: wan(4000), costsAndExpensesFen: yi(1) }));
    assert.equal(atSixty.total, 60);
    assert.equal(atSixty.status, 'pass');
    const fiftySix = evaluate(tsme, withYear(withYear(sixty, Y, { revenueFen: wan(4000), costsAndExpensesFen: yi(1) }), Y, { techStaff: 15 }));
    assert.equal(fiftySix.total, 56);
    assert.equal(fiftySix.status, 'fail');
  });

  it('第六条（五）: total ≥ 60 but 科技人员指标 = 0 fails, naming the staff condition', () => {
    const result = evaluate(tsme, withYear(base, Y, { techStaff: 9 }));
    assert.equal(result.total, 70);
    assert.equal(result.status, 'fail');
    assert.ok(result.reasons.some((reason) => reason.zh.includes('科技人员占比 得分 0')));
  });

  const eligibilityCases: Array<[string, EnterpriseFacts, string, 'met' | 'not_met' | 'manual_review']> = [
    ['第六条（二）职工 500 人 (equal passes)', withYear(base, Y, { employees: 500, techStaff: 125 }), 'TSME-E2', 'met'],
    ['第六条（二）职工 501 人', withYear(base, Y, { employees: 501, techStaff: 126 }), 'TSME-E2', 'not_met'],
    ['第六条（二）销售收入 2亿元 (equal passes)', withYear(base, Y, { revenueFen: yi(2) }), 'TSME-E2', 'met'],
    ['第六条（二）销售收入 2亿元 + 1分', withYear(base, Y, { revenueFen: yi(2) + 1 }), 'TSME-E2', 'not_met'],
    ['第六条（二）资产总额 2亿元 (equal passes)', withYear(base, Y, { totalAssetsFen: yi(2) }), 'TSME-E2', 'met'],
    ['第六条（二）资产总额 2亿元 + 1分', withYear(base, Y, { totalAssetsFen: yi(2) + 1 }), 'TSME-E2', 'not_met'],
    ['第六条（一）registered in Hong Kong', withFacts(base, { districtCode: '810000' }), 'TSME-E1', 'not_met'],
    ['第六条（一）核定征收', withFacts(base, { taxCollectionMethod: 'assessed' }), 'TSME-E1', 'not_met'],
    ['第六条（一）会计核算 unknown', withFacts(base, { flags: { ...base.flags, accountsSoundAndRndExpensesTracked: undefined } }), 'TSME-E1', 'manual_review'],
    ['第六条（三）批发业 (F5)', withFacts(base, { industryCode: 'F5181' }), 'TSME-E3', 'not_met'],
    ['第六条（三）烟草制品业 (C16)', withFacts(base, { industryCode: 'C1610' }), 'TSME-E3', 'not_met'],
    ['第六条（四）listed as dishonest', withFacts(base, { flags: { ...base.flags, notListedAbnormalOrDishonestInPriorAndCurrentYear: false } }), 'TSME-E4', 'not_met'],
  ];
  for (const [label, facts, code, expected] of eligibilityCases) {
    it(`${label} → ${code} ${expected}`, () => {
      const result = evaluate(tsme, facts);
      assert.equal(indicatorOf(result, code).status, expected);
      if (expected !== 'met') assert.equal(result.status, expected === 'not_met' ? 'fail' : 'manual_review');
    });
  }

  /** Score 4 + 0 + 0: only a direct route can pass it. */
  const weak = withIp(withYear(base, Y, { techStaff: 10, rndExpenseFen: 0 }), Y, { classOneCount: 0, classTwoCount: 0 });

  const routeCases: Array<[string, string, EnterpriseFacts, 'pass' | 'fail' | 'manual_review']> = [
    ['第八条（一）valid 高企 certificate', 'TSME-D1', withFacts(weak, { qualifications: [{ kind: 'high_tech_enterprise', certificateNumber: 'GR202433000123', validFrom: '2024-12-01', validTo: '2027-11-30' }] }), 'pass'],
    ['第八条（一）高企 certificate expired the day before', 'TSME-D1', withFacts(weak, { qualifications: [{ kind: 'high_tech_enterprise', certificateNumber: 'GR202333000123', validFrom: '2023-05-01', validTo: '2026-04-30' }] }), 'fail'],
    ['第八条（二）national award 2022, rank 2', 'TSME-D2', withIp(weak, 2022, { awards: [{ level: 'national', year: 2022, rank: '2', name: '国家科学技术进步奖二等奖' }] }), 'pass'],
    ['第八条（二）national award 2022, 第四完成单位', 'TSME-D2', withIp(weak, 2022, { awards: [{ level: 'national', year: 2022, rank: '第四', name: '国家科学技术进步奖二等奖' }] }), 'fail'],
    ['第八条（二）national award 2021 (outside five years)', 'TSME-D2', withIp(weak, 2021, { awards: [{ level: 'national', year: 2021, rank: '1', name: '国家技术发明奖二等奖' }] }), 'fail'],
    ['第八条（二）national award with unknown rank', 'TSME-D2', withIp(weak, 2023, { awards: [{ level: 'national', year: 2023, rank: null, name: '国家技术发明奖二等奖' }] }), 'manual_review'],
    ['第八条（二）provincial award is not enough', 'TSME-D2', withIp(weak, 2023, { awards: [{ level: 'provincial', year: 2023, rank: '1', name: '浙江省科学技术进步奖一等奖' }] }), 'fail'],
    ['第八条（三）provincial R&D institution', 'TSME-D3', withIp(weak, Y, { rndInstitutions: [{ level: 'provincial', name: '浙江省企业研究院' }] }), 'pass'],
    ['第八条（三）municipal R&D institution is not enough', 'TSME-D3', withIp(weak, Y, { rndInstitutions: [{ level: 'municipal', name: '湖州市企业研发中心' }] }), 'fail'],
    ['第八条（四）led an industry standard in 2022', 'TSME-D4', withIp(weak, 2022, { standardsLed: 1 }), 'pass'],
  ];
  for (const [label, code, facts, expected] of routeCases) {
    it(`${label} → ${expected}`, () => {
      const result = evaluate(tsme, facts);
      assert.equal(result.total, 4);
      assert.equal(result.status, expected);
      if (expected === 'pass') assert.equal(result.passedByDirectRoute, code);
    });
  }

  it('第八条: a direct route needs E1–E4 too (HK-registered 高企 fails)', () => {
    const facts = withFacts(weak, { districtCode: '810000', qualifications: [{ kind: 'high_tech_enterprise', certificateNumber: 'GR1', validTo: '2027-01-01' }] });
    assert.equal(evaluate(tsme, facts).status, 'fail');
  });

  it('missing 科技人员 → manual review naming years[2025].techStaff, never a guess', () => {
    const result = evaluate(tsme, withYear(base, Y, { techStaff: undefined }));
    assert.equal(result.status, 'manual_review');
    assert.deepEqual(result.missingFacts, ['years[2025].techStaff']);
    assert.deepEqual(indicatorOf(result, 'TSME-S1').pointsRange, [0, 20]);
  });

  it('missing facts that cannot change a certain fail leave it a fail (501 staff, no credit data)', () => {
    const facts = withFacts(withYear(base, Y, { employees: 501, techStaff: 126 }), { flags: {} });
    const result = evaluate(tsme, facts);
    assert.equal(result.status, 'fail');
    assert.ok(result.missingFacts.includes('flags.noSeriousViolationsInPriorAndCurrentYear'));
  });

  it('gap analysis speaks the enterprise’s numbers: 9.5% tech staff → hire 2 (numerator inside the denominator)', () => {
    const facts = withYear(weak, Y, { employees: 200, techStaff: 19, revenueFen: wan(4000), rndExpenseFen: wan(124), costsAndExpensesFen: yi(1) });
    const result = evaluate(tsme, facts);
    assert.equal(result.status, 'fail');
    const gaps = analyseGaps(tsme, facts, result);
    assert.equal(gaps.plans[0]?.changes[0]?.indicatorCode, 'TSME-D4', 'leading one standard (第八条（四）) is the smallest change');
    const first = gaps.plans.find((plan) => plan.changes.some((gap) => gap.indicatorCode === 'TSME-S1'))?.changes ?? [];
    const staff = first.find((gap) => gap.indicatorCode === 'TSME-S1');
    assert.ok(staff, JSON.stringify(gaps, null, 2));
    assert.equal(staff.messageZh, '科技人员占比 9.5% → 10%：再增加 2 名科技人员');
    assert.deepEqual(staff.change, { field: 'years[2025].techStaff', from: 19, delta: 2, unit: 'persons', alsoAddsTo: 'years[2025].employees' });
    const rnd = first.find((gap) => gap.indicatorCode === 'TSME-S2');
    assert.equal(rnd?.messageZh, '研发费用占销售收入比例 3.1% → 4%：在当前营业收入下需增加研发投入约 36 万元');
    assert.equal(rnd?.messageEn, 'R&D expense / sales 3.1% → 4%: add about ¥360,000 of R&D spending at the current revenue');
    assert.deepEqual(rnd?.change, { field: 'years[2025].rndExpenseFen', from: wan(124), delta: wan(36), unit: 'fen' });
  });

  it('gap analysis: too big for the ceilings is unresolved, not a plan (第六条（二）)', () => {
    const facts = withYear(base, Y, { employees: 600, techStaff: 150 });
    const gaps = analyseGaps(tsme, facts, evaluate(tsme, facts));
    assert.deepEqual(gaps.plans, []);
    assert.ok(gaps.unresolved.some((entry) => entry.indicatorCode === 'TSME-E2-STAFF' && entry.reason.zh.includes('超过上限')));
  });
});
