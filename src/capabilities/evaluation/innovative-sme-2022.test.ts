import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { baseFacts, indicatorOf, ruleSet, wan, withFacts, withIp, withYear, yi } from './test-facts.ts';

const innovative = ruleSet('innovative-sme-2022');
const Y = 2025;
const base = baseFacts();

function points(facts: EnterpriseFacts, code: string): number | undefined {
  return indicatorOf(evaluate(innovative, facts), code).points;
}

/** No IP and no R&D: 创新能力 0, so only a direct route can pass. */
const weak = withYear(withIp(base, Y, { classOneCount: 0, classTwoCount: 0, highValueClassOneCount: 0, selfDevelopedClassOneCount: 0 }), Y, { rndExpenseFen: 0 });

describe('innovative-sme-2022 — 创新型中小企业评价 (工信部企业〔2022〕63号 附件1)', () => {
  it('the base enterprise passes by score: 90 with every group over its minimum', () => {
    const result = evaluate(innovative, base);
    assert.equal(result.status, 'pass');
    assert.equal(result.total, 90);
    assert.deepEqual(
      result.groups.map((group) => [group.code, group.pointsRange[0]]),
      [
        ['INNOVATION', 35],
        ['GROWTH', 25],
        ['SPECIALISATION', 30],
      ],
    );
  });

  const ipCases: Array<[string, Partial<Record<'highValueClassOneCount' | 'selfDevelopedClassOneCount' | 'classOneCount' | 'classTwoCount', number>>, number]> = [
    ['Ⅰ类高价值 ≥ 1 → 20', { highValueClassOneCount: 1, selfDevelopedClassOneCount: 1, classOneCount: 1 }, 20],
    ['自主研发Ⅰ类 ≥ 1 → 15', { highValueClassOneCount: 0, selfDevelopedClassOneCount: 1, classOneCount: 1 }, 15],
    ['Ⅰ类 ≥ 1 (受让) → 10', { highValueClassOneCount: 0, selfDevelopedClassOneCount: 0, classOneCount: 1 }, 10],
    ['Ⅱ类 ≥ 1 → 5', { highValueClassOneCount: 0, selfDevelopedClassOneCount: 0, classOneCount: 0, classTwoCount: 1 }, 5],
    ['无 → 0', { highValueClassOneCount: 0, selfDevelopedClassOneCount: 0, classOneCount: 0, classTwoCount: 0 }, 0],
  ];
  for (const [label, patch, expected] of ipCases) {
    it(`附件1 指标1 知识产权: ${label}`, () => assert.equal(points(withIp(base, Y, patch), 'INNO-S1'), expected));
  }

  it('附件1 指标1: high-value count unknown with a Ⅰ类 held → 15–20, the range named, not a guess', () => {
    const indicator = indicatorOf(evaluate(innovative, withIp(base, Y, { highValueClassOneCount: undefined })), 'INNO-S1');
    assert.deepEqual(indicator.pointsRange, [15, 20]);
    assert.deepEqual(indicator.missingFacts, ['intellectualProperty[2025].highValueClassOneCount']);
  });

  // 指标2: 研发费用 ÷ 营业收入 on 1亿元.
  const rndCases: Array<[string, number, number]> = [
    ['5% → 20', wan(500), 20],
    ['5% − 1分 → 15', wan(500) - 1, 15],
    ['3% → 15', wan(300), 15],
    ['3% − 1分 → 10', wan(300) - 1, 10],
    ['2% → 10', wan(200), 10],
    ['2% − 1分 → 5', wan(200) - 1, 5],
    ['1% → 5', wan(100), 5],
    ['1% − 1分 → 0', wan(100) - 1, 0],
  ];
  for (const [label, rndExpenseFen, expected] of rndCases) {
    it(`附件1 指标2 研发费用占营业收入比重: ${label}`, () => assert.equal(points(withYear(base, Y, { revenueFen: yi(1), rndExpenseFen }), 'INNO-S2'), expected));
  }

  // 指标3: 主营业务收入增长率 from 1亿元 the year before.
  const growthCases: Array<[string, number, number]> = [
    ['15% → 20', wan(11_500), 20],
    ['15% − 1分 → 15', wan(11_500) - 1, 15],
    ['10% → 15', wan(11_000), 15],
    ['10% − 1分 → 10', wan(11_000) - 1, 10],
    ['5% → 10', wan(10_500), 10],
    ['5% − 1分 → 5', wan(10_500) - 1, 5],
    ['0% → 5', wan(10_000), 5],
    ['−1分 → 0', wan(10_000) - 1, 0],
  ];
  for (const [label, latest, expected] of growthCases) {
    it(`附件1 指标3 主营业务收入增长率: ${label}`, () => {
      const facts = withYear(withYear(base, 2024, { mainBusinessRevenueFen: yi(1) }), Y, { mainBusinessRevenueFen: latest });
      assert.equal(points(facts, 'INNO-S3'), expected);
    });
  }

  // 指标4: "≤55%" and ">75%" are explicit, so 55% and 75% belong to the better band.
  const debtCases: Array<[string, number, number]> = [
    ['55% → 10 (≤ 55%)', wan(5500), 10],
    ['55% + 1分 → 5', wan(5500) + 1, 5],
    ['75% → 5 (55–75%)', wan(7500), 5],
    ['75% + 1分 → 0 (> 75%)', wan(7500) + 1, 0],
  ];
  for (const [label, totalLiabilitiesFen, expected] of debtCases) {
    it(`附件1 指标4 资产负债率: ${label}`, () => assert.equal(points(withYear(base, Y, { totalAssetsFen: yi(1), totalLiabilitiesFen }), 'INNO-S4'), expected));
  }

  it('附件1 指标5 主导产品所属领域: 战略性新兴产业 → 10, other → 5, unknown → 5–10', () => {
    assert.equal(points(base, 'INNO-S5'), 10);
    assert.equal(points(withFacts(base, { flags: { ...base.flags, mainProductInStrategicEmergingIndustry: false } }), 'INNO-S5'), 5);
    assert.deepEqual(indicatorOf(evaluate(innovative, withFacts(base, { flags: { ...base.flags, mainProductInStrategicEmergingIndustry: undefined } })), 'INNO-S5').pointsRange, [5, 10]);
  });

  const shareCases: Array<[string, number, number]> = [
    ['70% → 20', wan(7000), 20],
    ['70% − 1分 → 15', wan(7000) - 1, 15],
    ['60% → 15', wan(6000), 15],
    ['60% − 1分 → 10', wan(6000) - 1, 10],
    ['55% → 10', wan(5500), 10],
    ['55% − 1分 → 5', wan(5500) - 1, 5],
    ['50% → 5', wan(5000), 5],
    ['50% − 1分 → 0', wan(5000) - 1, 0],
  ];
  for (const [label, mainBusinessRevenueFen, expected] of shareCases) {
    it(`附件1 指标6 主营业务收入占营业收入比重: ${label}`, () => assert.equal(points(withYear(base, Y, { revenueFen: yi(1), mainBusinessRevenueFen, rndExpenseFen: wan(500) }), 'INNO-S6'), expected));
  }

  it('附件1 评价: total 70 but 创新能力 15 < 20 → fail', () => {
    const facts = withYear(withIp(base, Y, { highValueClassOneCount: 0, selfDevelopedClassOneCount: 0, classOneCount: 0, classTwoCount: 1 }), Y, { revenueFen: yi(1), rndExpenseFen: wan(200), mainBusinessRevenueFen: yi(1) });
    const result = evaluate(innovative, facts);
    assert.equal(result.groups.find((group) => group.code === 'INNOVATION')?.pointsRange[0], 15);
    assert.ok((result.total ?? 0) >= 60);
    assert.equal(result.status, 'fail');
  });

  it('附件1 评价: exactly 60 with 创新能力 20, 成长性 15, 专业化 25 → pass', () => {
    // S1 10 (受让Ⅰ类) + S2 10 (2%); S3 5 (0%) + S4 10; S5 10 + S6 15 (60%).
    let facts = withIp(base, Y, { highValueClassOneCount: 0, selfDevelopedClassOneCount: 0, classOneCount: 1 });
    facts = withYear(facts, 2024, { mainBusinessRevenueFen: wan(6000) });
    facts = withYear(facts, Y, { revenueFen: yi(1), rndExpenseFen: wan(200), mainBusinessRevenueFen: wan(6000) });
    const result = evaluate(innovative, facts);
    assert.equal(result.total, 60);
    assert.equal(result.status, 'pass');
  });

  const routeCases: Array<[string, string, EnterpriseFacts, 'pass' | 'fail']> = [
    ['直通（一）provincial award in 2024', 'INNO-D1', withIp(weak, 2024, { awards: [{ level: 'provincial', year: 2024, rank: null, name: '浙江省科学技术奖' }] }), 'pass'],
    ['直通（一）provincial award in 2023 (over three years)', 'INNO-D1', withIp(weak, 2023, { awards: [{ level: 'provincial', year: 2023, rank: '1', name: '浙江省科学技术奖' }] }), 'fail'],
    ['直通（二）知识产权示范企业', 'INNO-D2', withFacts(weak, { qualifications: [{ kind: 'ip_demonstration_enterprise', certificateNumber: 'IPD-2024-001', validTo: '2027-12-31' }] }), 'pass'],
    ['直通（三）national R&D institution', 'INNO-D3', withIp(weak, Y, { rndInstitutions: [{ level: 'national', name: '国家企业技术中心' }] }), 'pass'],
    ['直通（四）equity 500万元 over three years', 'INNO-D4', withYear(withYear(weak, 2023, { qualifiedEquityRaisedFen: wan(200) }), Y, { qualifiedEquityRaisedFen: wan(300) }), 'pass'],
    ['直通（四）equity 500万元 − 1分', 'INNO-D4', withYear(withYear(weak, 2023, { qualifiedEquityRaisedFen: wan(200) }), Y, { qualifiedEquityRaisedFen: wan(300) - 1 }), 'fail'],
  ];
  for (const [label, code, facts, expected] of routeCases) {
    it(`附件1 ${label} → ${expected}`, () => {
      const result = evaluate(innovative, facts);
      assert.equal(result.status, expected);
      if (expected === 'pass') assert.equal(result.passedByDirectRoute, code);
    });
  }

  it('附件1 基本条件: a large enterprise fails; an unknown size is manual review', () => {
    assert.equal(evaluate(innovative, withFacts(base, { sizeClass: 'large' })).status, 'fail');
    const unknown = evaluate(innovative, withFacts(base, { sizeClass: undefined }));
    assert.equal(unknown.status, 'manual_review');
    assert.deepEqual(unknown.missingFacts, ['sizeClass']);
  });

  it('gap analysis names the group that is short and how to fill it (equity route or 创新能力)', () => {
    const gaps = analyseGaps(innovative, weak, evaluate(innovative, weak));
    assert.ok(gaps.plans.length > 0);
    const messages = gaps.plans.flatMap((plan) => plan.changes.map((gap) => gap.messageZh));
    assert.ok(messages.some((message) => message.startsWith('上年度研发费用占营业收入比重 0% →')), messages.join('\n'));
  });
});
