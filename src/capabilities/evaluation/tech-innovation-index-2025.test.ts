import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from './evaluate.ts';
import type { RuleSet } from './rule-set.contracts.ts';
import { baseFacts, indicatorOf, ruleSet, withFacts, withIp, withYear, yi } from './test-facts.ts';

const index = ruleSet('tech-innovation-index-2025');
const Y = 2025;
const base = baseFacts();

/** One indicator (Ⅱ类 count, linear 0–100) weighted 100: the score is the count, to test the cut-offs exactly. */
const oneIndicator: RuleSet = (() => {
  const copy = structuredClone(index);
  const item = copy.items[0];
  if (!item || item.definition.kind !== 'weighted_composite') throw new Error('KCI is not a composite');
  item.definition.indicators = [{ code: 'COUNT', name: { zh: '计数', en: 'count' }, dimension: 'TECH', measure: 'ip[Y].classTwoCount', normaliser: { method: 'linear', from: 0, to: 100 } }];
  item.definition.weights = { startup: { COUNT: 100 }, stable: { COUNT: 100 }, growth: { COUNT: 100 } };
  return copy;
})();

describe('tech-innovation-index-2025 — 科创指数 (the platform’s own composite, not official)', () => {
  it('is labelled as not official and needing an official check', () => {
    const result = evaluate(index, base);
    assert.equal(result.isOfficial, false);
    assert.equal(result.needsOfficialCheck, true);
  });

  it('the base enterprise (成长期: 7 years, 4000万元) scores 30.64 → grade A, each indicator with its weight', () => {
    const result = evaluate(index, base);
    assert.equal(result.status, 'pass');
    assert.equal(result.total, 30.64);
    assert.equal(result.grade, 'A');
    const composite = indicatorOf(result, 'KCI');
    assert.equal(composite.band, 'growth');
    assert.equal(indicatorOf(result, 'KCI-RND-RATIO').weight, 12);
    assert.equal(indicatorOf(result, 'KCI-RND-RATIO').points, 50);
  });

  it('stage weights: founded under 3 years → 初创期; revenue ≥ 1亿元 → 稳定期', () => {
    assert.equal(indicatorOf(evaluate(index, withFacts(base, { foundedOn: '2023-06-01' })), 'KCI').band, 'startup');
    assert.equal(indicatorOf(evaluate(index, withYear(base, Y, { revenueFen: yi(1) })), 'KCI').band, 'stable');
    assert.equal(indicatorOf(evaluate(index, withYear(base, Y, { revenueFen: yi(1) - 1 })), 'KCI').band, 'growth');
  });

  const gradeCases: Array<[number, string | undefined]> = [
    [85, '5A'],
    [84, '4A'],
    [70, '4A'],
    [69, '3A'],
    [55, '3A'],
    [54, '2A'],
    [40, '2A'],
    [39, 'A'],
    [25, 'A'],
    [24, undefined],
  ];
  for (const [score, grade] of gradeCases) {
    it(`grade cut-offs (data): score ${score} → ${grade ?? 'no grade (fail)'}`, () => {
      const result = evaluate(oneIndicator, withIp(base, Y, { classTwoCount: score }));
      assert.equal(result.total, score);
      assert.equal(result.grade, grade);
      assert.equal(result.status, grade ? 'pass' : 'fail');
    });
  }

  it('a missing indicator leaves a range; the grade stands when the whole range is inside it', () => {
    const result = evaluate(index, withYear(base, Y, { taxPaidFen: undefined }));
    assert.equal(result.status, 'pass');
    assert.equal(result.grade, 'A');
    assert.deepEqual(result.totalRange, [29.83, 34.84]);
    assert.deepEqual(result.missingFacts, ['years[2025].taxPaidFen']);
  });

  it('a missing indicator whose range crosses a cut-off → manual review, no grade', () => {
    const result = evaluate(index, withYear(base, Y, { qualifiedEquityRaisedFen: undefined }));
    assert.equal(result.status, 'manual_review');
    assert.equal(result.grade, undefined);
    assert.deepEqual(result.missingFacts, ['years[2025].qualifiedEquityRaisedFen']);
  });
});
