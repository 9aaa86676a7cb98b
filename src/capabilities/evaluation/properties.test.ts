import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseGaps, type Gap } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { loadBundledRuleSets } from './load-bundled-rule-sets.ts';
import { baseFacts, indicatorOf, randomInt, ruleSet, seededRandom, wan, withIp, withYear } from './test-facts.ts';

const Y = 2025;
const runs = 40;
const tsme = ruleSet('tsme-2022');
const hnte = ruleSet('hnte-2016');
const innovative = ruleSet('innovative-sme-2022');
const index = ruleSet('tech-innovation-index-2025');

/** A random but plausible enterprise; eligibility facts stay clean so that the scores decide. */
function randomFacts(random: () => number): EnterpriseFacts {
  let facts = baseFacts();
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const employees = randomInt(random, 1, 500);
    const revenue = wan(randomInt(random, 100, 19_000)) + randomInt(random, 0, 99);
    facts = withYear(facts, year, {
      employees,
      techStaff: randomInt(random, 0, employees),
      rndStaff: randomInt(random, 0, employees),
      revenueFen: revenue,
      mainBusinessRevenueFen: Math.floor(revenue * random()),
      costsAndExpensesFen: Math.floor(revenue * (0.5 + random())),
      rndExpenseFen: Math.floor(revenue * 0.12 * random()),
      rndExpenseDomesticFen: 0,
      highTechRevenueFen: Math.floor(revenue * random()),
      totalAssetsFen: wan(randomInt(random, 500, 19_000)),
      totalLiabilitiesFen: wan(randomInt(random, 0, 400)),
      taxPaidFen: wan(randomInt(random, 0, 500)),
      qualifiedEquityRaisedFen: random() < 0.2 ? wan(randomInt(random, 0, 400)) : 0,
    });
    const entry = facts.years.find((item) => item.year === year);
    if (entry) entry.rndExpenseDomesticFen = Math.floor((entry.rndExpenseFen ?? 0) * random());
    facts = withIp(facts, year, {
      classOneCount: random() < 0.5 ? 0 : randomInt(random, 1, 3),
      classTwoCount: randomInt(random, 0, 8),
      highValueClassOneCount: 0,
      selfDevelopedClassOneCount: 0,
      achievementsTransferred: randomInt(random, 0, 6),
      inventionPatentsInMainBusiness: randomInt(random, 0, 10),
    });
  }
  return facts;
}

function samples(seed: number): EnterpriseFacts[] {
  const random = seededRandom(seed);
  return Array.from({ length: runs }, () => randomFacts(random));
}

function addTo(facts: EnterpriseFacts, field: string, delta: number): EnterpriseFacts {
  const match = /^(years|intellectualProperty)\[(\d{4})\]\.(\w+)$/.exec(field);
  if (!match) return assert.fail(`cannot apply a change to ${field}`);
  const [, list, year, name = ''] = match;
  const entries = (list === 'years' ? facts.years : facts.intellectualProperty) as unknown as Array<Record<string, unknown>>;
  const copy = structuredClone(facts);
  const target = ((list === 'years' ? copy.years : copy.intellectualProperty) as unknown as Array<Record<string, unknown>>).find((entry) => entry.year === Number(year));
  if (!target || !entries) return assert.fail(`no ${list} entry for ${year}`);
  target[name] = Number(target[name] ?? 0) + delta;
  return copy;
}

function applyPlan(facts: EnterpriseFacts, changes: Gap[]): EnterpriseFacts {
  return changes.reduce((current, gap) => {
    const changed = addTo(current, gap.change.field, gap.change.delta);
    return gap.change.alsoAddsTo ? addTo(changed, gap.change.alsoAddsTo, gap.change.delta) : changed;
  }, facts);
}

describe('properties (seeded, 40 random enterprises each)', () => {
  it('deterministic and pure: the same facts give a deep-equal result, the facts are not changed, list order does not matter', () => {
    const ruleSets = loadBundledRuleSets();
    for (const facts of samples(1)) {
      const before = structuredClone(facts);
      const shuffled = { ...structuredClone(facts), years: [...facts.years].reverse(), intellectualProperty: [...facts.intellectualProperty].reverse() };
      for (const ruleSet of ruleSets) {
        const first = evaluate(ruleSet, facts);
        assert.deepEqual(evaluate(ruleSet, facts), first);
        assert.deepEqual(evaluate(ruleSet, shuffled), first);
      }
      assert.deepEqual(facts, before);
    }
  });

  it('115号 第七条（二）: more R&D never lowers the 科小 R&D points or total', () => {
    const random = seededRandom(2);
    for (const facts of samples(2)) {
      const more = withYear(facts, Y, { rndExpenseFen: (facts.years.find((entry) => entry.year === Y)?.rndExpenseFen ?? 0) + wan(randomInt(random, 0, 500)) + randomInt(random, 0, 99) });
      const [before, after] = [evaluate(tsme, facts), evaluate(tsme, more)];
      assert.ok((indicatorOf(after, 'TSME-S2').points ?? 0) >= (indicatorOf(before, 'TSME-S2').points ?? 0));
      assert.ok((after.totalRange?.[0] ?? 0) >= (before.totalRange?.[0] ?? 0));
    }
  });

  it('115号 第七条（一）: more tech staff among the same staff never lowers the staff points', () => {
    const random = seededRandom(3);
    for (const facts of samples(3)) {
      const year = facts.years.find((entry) => entry.year === Y);
      const room = (year?.employees ?? 0) - (year?.techStaff ?? 0);
      const more = withYear(facts, Y, { techStaff: (year?.techStaff ?? 0) + randomInt(random, 0, room) });
      assert.ok((indicatorOf(evaluate(tsme, more), 'TSME-S1').points ?? 0) >= (indicatorOf(evaluate(tsme, facts), 'TSME-S1').points ?? 0));
    }
  });

  it('more IP never lowers an IP score (科小 第七条（三）, 高企 知识产权数量, 创新型 指标1, 科创指数)', () => {
    const random = seededRandom(4);
    for (const facts of samples(4)) {
      const ip = facts.intellectualProperty.find((entry) => entry.year === Y);
      const more = withIp(facts, Y, { classOneCount: (ip?.classOneCount ?? 0) + randomInt(random, 0, 2), classTwoCount: (ip?.classTwoCount ?? 0) + randomInt(random, 0, 5) });
      const pairs: Array<[typeof tsme, string]> = [
        [tsme, 'TSME-S3'],
        [hnte, 'HNTE-IP-3'],
        [innovative, 'INNO-S1'],
        [index, 'KCI'],
      ];
      for (const [rules, code] of pairs) {
        const [low, high] = indicatorOf(evaluate(rules, facts), code).pointsRange ?? [0, 0];
        const [moreLow, moreHigh] = indicatorOf(evaluate(rules, more), code).pointsRange ?? [0, 0];
        assert.ok(moreLow >= low && moreHigh >= high, `${code}: [${low}, ${high}] → [${moreLow}, ${moreHigh}]`);
      }
    }
  });

  it('高企 第十一条（五）: more R&D in the latest year never turns a met R&D condition into not met', () => {
    for (const facts of samples(5)) {
      if (indicatorOf(evaluate(hnte, facts), 'HNTE-5').status !== 'met') continue;
      const more = withYear(facts, Y, { rndExpenseFen: (facts.years.find((entry) => entry.year === Y)?.rndExpenseFen ?? 0) + wan(10) });
      assert.equal(indicatorOf(evaluate(hnte, more), 'HNTE-5').status, 'met');
    }
  });

  it('gap analysis is sound: applying the first plan to a failing 科小 makes it pass', () => {
    let checked = 0;
    for (const facts of samples(6)) {
      const capped = withYear(facts, Y, { totalAssetsFen: wan(5000) });
      const result = evaluate(tsme, capped);
      if (result.status !== 'fail') continue;
      const plan = analyseGaps(tsme, capped, result).plans[0];
      assert.ok(plan, `no plan for ${JSON.stringify(result.reasons)}`);
      const after = evaluate(tsme, applyPlan(capped, plan.changes));
      assert.equal(after.status, 'pass', `${plan.changes.map((gap) => gap.messageZh).join('；')} → ${JSON.stringify(after.reasons)}`);
      checked += 1;
    }
    assert.ok(checked >= 10, `only ${checked} failing samples`);
  });
});
