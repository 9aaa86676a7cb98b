import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvaluationResult } from '../evaluation/evaluation-result.ts';
import type { EnterpriseFacts } from '../evaluation/facts.contracts.ts';
import { baseFacts, wan, withFacts, withYear } from '../evaluation/test-facts.ts';
import { evaluateTierCondition } from './evaluate-tier-condition.ts';
import { parseTierSet, tierSetInUse } from './load-tier-set.ts';
import { proposeTier } from './propose-tier.ts';
import type { TierCondition } from './tier-set.contracts.ts';

// Facts are assessed on 2026-05-01, so the latest fiscal year Y is 2025 (the engine's default).
const result = (family: string, status: EvaluationResult['status'], total?: number): EvaluationResult =>
  ({ ruleSetId: `${family}-x`, ruleSetFamily: family, ruleSetVersion: '1', asOf: '2026-05-01', fiscalYear: 2025, status, ...(total === undefined ? {} : { total, totalRange: [total, total] }), groups: [], indicators: [], missingFacts: [], reasons: [], isOfficial: true, needsOfficialCheck: false }) as EvaluationResult;

const holds = (condition: TierCondition, facts: EnterpriseFacts, results: EvaluationResult[] = []) => evaluateTierCondition(condition, { facts, results }).holds;

describe('tier conditions (cultivation-tiers/huzhou-default.yaml vocabulary)', () => {
  it('fact: the latest fiscal year against a money threshold, both sides of the boundary', () => {
    const condition: TierCondition = { fact: { field: 'revenueFen', op: '>=', value: '500万元' } };
    assert.equal(holds(condition, withYear(baseFacts(), 2025, { revenueFen: wan(500) })), true, 'exactly 500万元 meets ≥ 500万元');
    assert.equal(holds(condition, withYear(baseFacts(), 2025, { revenueFen: wan(500) - 1 })), false, 'one fen less does not');
    assert.equal(holds(condition, withYear(baseFacts(), 2024, { revenueFen: wan(10) })), true, 'an earlier year is not read');
  });

  it('fact: a missing value never holds and says it is missing', () => {
    const outcome = evaluateTierCondition({ fact: { field: 'revenueFen', op: '>=', value: '1万元' } }, { facts: withYear(baseFacts(), 2025, { revenueFen: undefined }), results: [] });
    assert.equal(outcome.holds, false);
    assert.match(outcome.reasons[0]?.zh ?? '', /数据缺失/);
    assert.match(outcome.reasons[0]?.en ?? '', /missing/);
  });

  it('growth: three-year CAGR compared exactly (1000万 → 1440万 is exactly 20%)', () => {
    const condition: TierCondition = { growth: { field: 'revenueFen', years: 3, op: '>=', value: '20%' } };
    const at = (last: number) => withYear(withYear(baseFacts(), 2023, { revenueFen: wan(1000) }), 2025, { revenueFen: last });
    assert.equal(holds(condition, at(wan(1440))), true, '20% a year exactly meets ≥ 20%');
    assert.equal(holds(condition, at(wan(1440) - 1)), false, 'one fen less does not');
    assert.equal(holds(condition, withYear(baseFacts(), 2023, { revenueFen: 0 })), false, 'a zero first year cannot grow by a rate');
    assert.equal(holds(condition, withYear(baseFacts(), 2023, { revenueFen: undefined })), false, 'a missing first year is missing');
  });

  it('ageYears: whole years from founding to the assessment date', () => {
    const condition: TierCondition = { ageYears: { op: '<=', value: 5 } };
    assert.equal(holds(condition, withFacts(baseFacts(), { foundedOn: '2021-05-01' })), true, 'five years to the day');
    assert.equal(holds(condition, withFacts(baseFacts(), { foundedOn: '2020-05-02' })), true, 'one day short of six years is five');
    assert.equal(holds(condition, withFacts(baseFacts(), { foundedOn: '2020-05-01' })), false, 'six years');
    assert.equal(holds(condition, withFacts(baseFacts(), { foundedOn: undefined })), false, 'unknown founding date');
  });

  it('qualification: only a valid, unrevoked certificate on the assessment date counts', () => {
    const condition: TierCondition = { qualification: ['high_tech_enterprise'] };
    const withCertificate = (patch: object) => withFacts(baseFacts(), { qualifications: [{ kind: 'high_tech_enterprise', certificateNumber: 'GR1', validFrom: '2024-01-01', validTo: '2026-12-31', ...patch }] });
    assert.equal(holds(condition, withCertificate({})), true);
    assert.equal(holds(condition, withCertificate({ validTo: '2026-04-30' })), false, 'expired the day before');
    assert.equal(holds(condition, withCertificate({ validTo: '2026-05-01' })), true, 'valid through the assessment date');
    assert.equal(holds(condition, withCertificate({ validFrom: '2026-05-02' })), false, 'not yet valid');
    assert.equal(holds(condition, withCertificate({ isRevoked: true })), false, 'revoked');
    assert.equal(holds({ qualification: ['tech_sme'] }, withCertificate({})), false, 'another kind');
  });

  it('result and score read the stored results by family; a score uses the lower bound', () => {
    const facts = baseFacts();
    assert.equal(holds({ result: { family: 'hnte', status: ['pass'] } }, facts, [result('hnte', 'pass')]), true);
    assert.equal(holds({ result: { family: 'hnte', status: ['pass'] } }, facts, [result('hnte', 'manual_review')]), false);
    assert.equal(holds({ result: { family: 'hnte', status: ['pass'] } }, facts, []), false, 'no result yet');
    assert.equal(holds({ score: { family: 'tsme', op: '>=', value: 60 } }, facts, [result('tsme', 'pass', 60)]), true, '60 meets ≥ 60');
    assert.equal(holds({ score: { family: 'tsme', op: '>=', value: 60 } }, facts, [result('tsme', 'pass', 59.5)]), false);
    const ranged = { ...result('tsme', 'manual_review'), totalRange: [58, 70] as [number, number] };
    assert.equal(holds({ score: { family: 'tsme', op: '>=', value: 60 } }, facts, [ranged]), false, 'a range counts by its lower bound');
  });

  it('all / any / not combine, and the reasons name what decided', () => {
    const facts = withYear(baseFacts(), 2025, { revenueFen: wan(600) });
    const outcome = evaluateTierCondition({ all: [{ fact: { field: 'revenueFen', op: '>=', value: '500万元' } }, { not: { qualification: ['listed'] } }] }, { facts, results: [] });
    assert.equal(outcome.holds, true);
    assert.equal(outcome.reasons.length, 2);
    assert.equal(holds({ any: [{ qualification: ['listed'] }, { fact: { field: 'revenueFen', op: '<', value: '1000万元' } }] }, facts), true);
  });

  it('a reason under `not` names the test as required and gives the verdict that agrees with the outcome', () => {
    const facts = withYear(baseFacts(), 2025, { revenueFen: wan(600) });
    const cases: Array<{ condition: TierCondition; holds: boolean; zh: string[]; en: string[] }> = [
      { condition: { not: { qualification: ['listed'] } }, holds: true, zh: ['不满足（持有有效资质（上市企业））：满足'], en: ['not (holds a valid Listed company): met'] },
      { condition: { not: { fact: { field: 'revenueFen', op: '>=', value: '500万元' } } }, holds: false, zh: ['不满足（2025 年营业收入 600万元 >= 500万元）：不满足'], en: ['not (revenue 2025 600万元 >= 500万元): not met'] },
      { condition: { not: { not: { qualification: ['listed'] } } }, holds: false, zh: ['不满足（不满足（持有有效资质（上市企业）））：不满足'], en: ['not (not (holds a valid Listed company)): not met'] },
      {
        condition: { all: [{ fact: { field: 'revenueFen', op: '>=', value: '500万元' } }, { not: { qualification: ['listed'] } }] },
        holds: true,
        zh: ['2025 年营业收入 600万元 >= 500万元：满足', '不满足（持有有效资质（上市企业））：满足'],
        en: ['revenue 2025 600万元 >= 500万元: met', 'not (holds a valid Listed company): met'],
      },
    ];
    for (const { condition, holds: expected, zh, en } of cases) {
      const outcome = evaluateTierCondition(condition, { facts, results: [] });
      assert.equal(outcome.holds, expected, JSON.stringify(condition));
      assert.deepEqual(outcome.reasons.map((reason) => reason.zh), zh);
      assert.deepEqual(outcome.reasons.map((reason) => reason.en), en);
    }
  });
});

describe('proposeTier (动态调整：highest entry, exit with hysteresis)', () => {
  const tierSet = parseTierSet(
    `schemaVersion: 1
id: test
version: "1"
name: { zh: 测试, en: Test }
clause: test
isOfficial: false
tiers:
  - code: low
    rank: 1
    name: { zh: 低, en: Low }
    description: { zh: 低, en: Low }
    entry: { fact: { field: revenueFen, op: ">=", value: 100万元 } }
    exit: { fact: { field: revenueFen, op: "<", value: 50万元 } }
  - code: high
    rank: 2
    name: { zh: 高, en: High }
    description: { zh: 高, en: High }
    entry: { fact: { field: revenueFen, op: ">=", value: 1000万元 } }
    exit: { fact: { field: revenueFen, op: "<", value: 500万元 } }
`,
    'test.yaml',
  );
  const revenue = (amountWan: number) => ({ facts: withYear(baseFacts(), 2025, { revenueFen: wan(amountWan) }), results: [] });

  const cases: Array<{ name: string; current: string | null; revenueWan: number; expected: { fromTier: string | null; toTier: string | null } | null }> = [
    { name: 'not a member, meets the highest entry → enters the highest', current: null, revenueWan: 1200, expected: { fromTier: null, toTier: 'high' } },
    { name: 'not a member, meets only the lower entry → enters the lower', current: null, revenueWan: 200, expected: { fromTier: null, toTier: 'low' } },
    { name: 'not a member, meets no entry → nothing', current: null, revenueWan: 20, expected: null },
    { name: 'member of low, now meets high → moves up', current: 'low', revenueWan: 1000, expected: { fromTier: 'low', toTier: 'high' } },
    { name: 'member of high below its entry but above its exit → stays (no flapping)', current: 'high', revenueWan: 700, expected: null },
    { name: 'member of high at exactly its exit boundary (500万, exit is < 500万) → stays', current: 'high', revenueWan: 500, expected: null },
    { name: 'member of high below its exit → moves to the tier it now meets', current: 'high', revenueWan: 499, expected: { fromTier: 'high', toTier: 'low' } },
    { name: 'member of low below its exit → leaves the database', current: 'low', revenueWan: 40, expected: { fromTier: 'low', toTier: null } },
    { name: 'member of a tier the rules no longer define → leaves or re-enters', current: 'retired', revenueWan: 200, expected: { fromTier: 'retired', toTier: 'low' } },
  ];
  for (const { name, current, revenueWan, expected } of cases) {
    it(name, () => {
      const proposal = proposeTier(tierSet, current, revenue(revenueWan));
      assert.deepEqual(proposal && { fromTier: proposal.fromTier, toTier: proposal.toTier }, expected);
      if (proposal) assert.ok(proposal.reasons.length > 0, 'a proposal always says why');
    });
  }
});

describe('the default tier set (cultivation-tiers/huzhou-default.yaml)', () => {
  const tierSet = tierSetInUse();
  const hnte = { kind: 'high_tech_enterprise' as const, certificateNumber: 'GR1', validFrom: '2024-01-01', validTo: '2026-12-31' };

  it('has the five tiers of SPEC §2.3 in rank order, labelled not official', () => {
    assert.deepEqual(tierSet.tiers.map((tier) => tier.code), ['seed', 'growth', 'gazelle', 'leader', 'listing_reserve']);
    assert.deepEqual(tierSet.tiers.map((tier) => tier.name.zh), ['种子企业', '成长企业', '瞪羚企业', '领军企业', '上市后备企业']);
    assert.equal(tierSet.isOfficial, false);
  });

  it('a young firm on the 科小 list is a seed', () => {
    const facts = withFacts(withYear(baseFacts(), 2025, { revenueFen: wan(200) }), { foundedOn: '2023-03-01', qualifications: [{ kind: 'tech_sme', certificateNumber: 'K1', validFrom: '2026-01-01', validTo: '2026-12-31' }] });
    assert.equal(proposeTier(tierSet, null, { facts, results: [] })?.toTier, 'seed');
  });

  it('a high-tech enterprise growing 20% a year above 1000万元 is a gazelle; at 19% it is not', () => {
    const grow = (last: number) => withFacts(withYear(withYear(baseFacts(), 2023, { revenueFen: wan(1000) }), 2025, { revenueFen: last }), { qualifications: [hnte] });
    assert.equal(proposeTier(tierSet, null, { facts: grow(wan(1440)), results: [] })?.toTier, 'gazelle');
    assert.notEqual(proposeTier(tierSet, null, { facts: grow(wan(1416)), results: [] })?.toTier, 'gazelle');
  });

  it('a high-tech enterprise with 5亿元 revenue is a leader; a listed one is never listing reserve', () => {
    const big = withFacts(withYear(baseFacts(), 2025, { revenueFen: wan(50_000) }), { qualifications: [hnte] });
    assert.equal(proposeTier(tierSet, null, { facts: big, results: [result('star-market', 'pass')] })?.toTier, 'listing_reserve', 'listing reserve ranks above leader');
    const listed = withFacts(big, { qualifications: [hnte, { kind: 'listed', certificateNumber: '688001' }] });
    assert.equal(proposeTier(tierSet, null, { facts: listed, results: [result('star-market', 'pass')] })?.toTier, 'leader');
  });
});
