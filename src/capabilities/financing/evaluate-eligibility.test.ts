import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvaluationResult } from '../evaluation/evaluation-result.ts';
import { baseFacts, wan, withFacts } from '../evaluation/test-facts.ts';
import { eligibilityConditionSchema, type EligibilityCondition } from './eligibility.contracts.ts';
import { evaluateEligibility, type EligibilityFacts } from './evaluate-eligibility.ts';

const kci = (grade: string) => ({ ruleSetId: 'tech-innovation-index-2025', ruleSetFamily: 'tech-innovation-index', grade }) as unknown as EvaluationResult;
const input = (patch: Partial<EligibilityFacts> = {}): EligibilityFacts => ({ facts: baseFacts(), results: [kci('3A')], tierCode: 'growth', amountFen: wan(300), ...patch });
const holds = (condition: EligibilityCondition, patch: Partial<EligibilityFacts> = {}) => evaluateEligibility(condition, input(patch)).holds;

describe('product eligibility rules', () => {
  it('tier: only the listed tiers; not in the database never matches', () => {
    assert.equal(holds({ tier: ['growth', 'gazelle'] }), true);
    assert.equal(holds({ tier: ['gazelle'] }), false);
    assert.equal(holds({ tier: ['growth'] }, { tierCode: null }), false);
  });

  it('compositeGrade: at least the grade, on the A < 2A < 3A < 4A < 5A scale; no composite result never matches', () => {
    assert.equal(holds({ compositeGrade: { atLeast: '3A' } }), true, '3A ≥ 3A');
    assert.equal(holds({ compositeGrade: { atLeast: '2A' } }), true);
    assert.equal(holds({ compositeGrade: { atLeast: '4A' } }), false);
    assert.equal(holds({ compositeGrade: { atLeast: 'A' } }, { results: [] }), false);
  });

  it('district and industry prefixes', () => {
    assert.equal(holds({ district: ['330502'] }), true, 'baseFacts is in 吴兴区');
    assert.equal(holds({ district: ['330521'] }), false);
    assert.equal(holds({ industry: ['C'] }), true, 'C3973 is in section C');
    assert.equal(holds({ industry: ['C39'] }), true);
    assert.equal(holds({ industry: ['C38', 'I'] }), false);
    assert.equal(holds({ industry: ['C'] }, { facts: withFacts(baseFacts(), { industryCode: undefined }) }), false);
  });

  it('amount: the demand’s amount against the limit, both sides of the boundary; no demand → not a reason to refuse', () => {
    assert.equal(holds({ amount: { op: '<=', value: '300万元' } }), true, '300万元 ≤ 300万元');
    assert.equal(holds({ amount: { op: '<=', value: '300万元' } }, { amountFen: wan(300) + 1 }), false);
    assert.equal(holds({ amount: { op: '<=', value: '300万元' } }, { amountFen: null }), true);
  });

  it('registry and result tests are the 培育库 vocabulary (qualification, fact, ageYears, growth, result, score)', () => {
    assert.equal(holds({ qualification: ['high_tech_enterprise'] }), false);
    const withHnte = withFacts(baseFacts(), { qualifications: [{ kind: 'high_tech_enterprise', certificateNumber: 'GR1', validFrom: '2024-01-01', validTo: '2026-12-31' }] });
    assert.equal(holds({ qualification: ['high_tech_enterprise'] }, { facts: withHnte }), true);
    assert.equal(holds({ fact: { field: 'revenueFen', op: '>=', value: '1000万元' } }), true);
  });

  it('all / any / not, with the reasons of what matched or failed', () => {
    const rule: EligibilityCondition = { all: [{ tier: ['growth'] }, { compositeGrade: { atLeast: '4A' } }, { district: ['330502'] }] };
    const outcome = evaluateEligibility(rule, input());
    assert.equal(outcome.holds, false);
    assert.equal(outcome.reasons.length, 1, 'only the failing rule is named');
    assert.match(outcome.reasons[0]!.zh, /科创指数等级 3A ≥ 4A：不满足/);
    assert.match(outcome.reasons[0]!.en, /grade 3A ≥ 4A: not met/);
    const passing = evaluateEligibility({ any: [{ tier: ['seed'] }, { district: ['330502'] }] }, input());
    assert.deepEqual([passing.holds, passing.reasons.length], [true, 1]);
    assert.equal(holds({ not: { qualification: ['listed'] } }), true);
  });

  describe('not: each reason names the test as required ("不满足（…）" / "not (…)") with the verdict of the rule as a whole', () => {
    const named: Partial<EligibilityFacts> = { districtNames: { '330502': { zh: '吴兴区', en: 'Wuxing District' } }, tierNames: { seed: { zh: '种子层', en: 'Seed' }, growth: { zh: '成长层', en: 'Growth' } } };
    const cases: Array<{ name: string; rule: EligibilityCondition; holds: boolean; zh: string[]; en: string[] }> = [
      {
        name: 'a not that holds (grade 3A is not ≥ 4A)',
        rule: { not: { compositeGrade: { atLeast: '4A' } } },
        holds: true,
        zh: ['不满足（科创指数等级 3A ≥ 4A）：满足'],
        en: ['not (tech-innovation grade 3A ≥ 4A): met'],
      },
      {
        name: 'a not that fails (registered in 吴兴区)',
        rule: { not: { district: ['330502'] } },
        holds: false,
        zh: ['不满足（注册地在吴兴区）：不满足'],
        en: ['not (registered in Wuxing District): not met'],
      },
      {
        name: 'a not around an any that fails: every alternative is named, each met as negated',
        rule: { not: { any: [{ tier: ['seed'] }, { compositeGrade: { atLeast: '4A' } }] } },
        holds: true,
        zh: ['不满足（培育库分层为种子层（当前：成长层））：满足', '不满足（科创指数等级 3A ≥ 4A）：满足'],
        en: ['not (cultivation tier Seed (now: Growth)): met', 'not (tech-innovation grade 3A ≥ 4A): met'],
      },
      {
        name: 'a not around an any that holds: only the alternative that held is named, not met as negated',
        rule: { not: { any: [{ tier: ['seed'] }, { district: ['330502'] }] } },
        holds: false,
        zh: ['不满足（注册地在吴兴区）：不满足'],
        en: ['not (registered in Wuxing District): not met'],
      },
      {
        name: 'a not around an all that fails: only the failing part is named, met as negated',
        rule: { not: { all: [{ tier: ['growth'] }, { compositeGrade: { atLeast: '4A' } }] } },
        holds: true,
        zh: ['不满足（科创指数等级 3A ≥ 4A）：满足'],
        en: ['not (tech-innovation grade 3A ≥ 4A): met'],
      },
      {
        name: 'a not inside an all, beside a plain test; a 培育库 test (qualification) under not',
        rule: { all: [{ tier: ['growth'] }, { not: { qualification: ['listed'] } }] },
        holds: true,
        zh: ['培育库分层为成长层（当前：成长层）：满足', '不满足（持有有效资质（上市企业））：满足'],
        en: ['cultivation tier Growth (now: Growth): met', 'not (holds a valid Listed company): met'],
      },
      {
        name: 'not twice reads as the test itself',
        rule: { not: { not: { compositeGrade: { atLeast: '4A' } } } },
        holds: false,
        zh: ['科创指数等级 3A ≥ 4A：不满足'],
        en: ['tech-innovation grade 3A ≥ 4A: not met'],
      },
    ];
    for (const { name, rule, holds: expected, zh, en } of cases) {
      it(name, () => {
        const outcome = evaluateEligibility(rule, input(named));
        assert.deepEqual({ holds: outcome.holds, zh: outcome.reasons.map((reason) => reason.zh), en: outcome.reasons.map((reason) => reason.en) }, { holds: expected, zh, en });
      });
    }
  });

  it('the schema accepts the vocabulary and rejects unknown tests and bad values', () => {
    assert.ok(eligibilityConditionSchema.safeParse({ all: [{ tier: ['gazelle'] }, { amount: { op: '<=', value: '1000万元' } }, { qualification: ['tech_sme'] }] }).success);
    assert.equal(eligibilityConditionSchema.safeParse({ creditScore: 700 }).success, false);
    assert.equal(eligibilityConditionSchema.safeParse({ compositeGrade: { atLeast: '6A' } }).success, false);
    assert.equal(eligibilityConditionSchema.safeParse({ amount: { op: '<=', value: 'lots' } }).success, false);
  });
});
