import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findRuleSetInForce } from './find-rule-set-in-force.ts';
import { loadBundledRuleSets, ruleSetsDirectory } from './load-bundled-rule-sets.ts';
import { formatRuleSetProblem, type ParseRuleSetResult, parseRuleSet } from './parse-rule-set.ts';
import { definitionKinds, type RuleSet } from './rule-set.contracts.ts';

const tsmeText = fs.readFileSync(path.join(ruleSetsDirectory, 'tsme-2022.yaml'), 'utf8');

function problemsOf(result: ParseRuleSetResult): string[] {
  if (result.isValid) return assert.fail('expected the rule set to be invalid');
  return result.problems.map((problem) => formatRuleSetProblem(problem, 'en'));
}

function allConfidences(ruleSet: RuleSet): string[] {
  const walk = (definition: RuleSet['items'][number]['definition']): string[] => {
    const parts = definition.kind === 'best_of' ? definition.options : definition.kind === 'all_of' || definition.kind === 'any_of' ? definition.conditions : [];
    return parts.flatMap((part) => [...(part.confidence ? [part.confidence] : []), ...walk(part.definition)]);
  };
  return ruleSet.items.flatMap((item) => [item.confidence, ...walk(item.definition)]);
}

describe('rule sets as data (rule-sets/*.yaml against rule-sets/rule-set.schema.json)', () => {
  const bundled = loadBundledRuleSets();

  it('every bundled rule set validates, and the six required families are there', () => {
    assert.deepEqual(
      bundled.map((ruleSet) => ruleSet.family),
      ['hnte', 'innovative-sme', 'srdi-sme', 'star-market', 'tech-innovation-index', 'tsme'],
    );
  });

  it('standards.md: a rule set with any item not [V] says needsOfficialCheck; only the platform index is not official', () => {
    for (const ruleSet of bundled) {
      if (allConfidences(ruleSet).some((tag) => tag !== 'V')) assert.equal(ruleSet.needsOfficialCheck, true, ruleSet.id);
      assert.equal(ruleSet.isOfficial, ruleSet.family !== 'tech-innovation-index', ruleSet.id);
      assert.equal(ruleSet.boundaryPolicy, 'higher_band_owns_boundary', ruleSet.id);
    }
  });

  it('every item cites a clause of a document the rule set lists (or the platform’s own definition)', () => {
    for (const ruleSet of bundled) {
      const numbers = ruleSet.documents.map((document) => document.number);
      for (const item of ruleSet.items) {
        const cites = numbers.some((number) => item.clause.includes(number.replace(/（.*$/, ''))) || item.clause.includes('指引') || item.clause.includes('平台自定');
        assert.ok(cites, `${ruleSet.id} ${item.code}: ${item.clause}`);
      }
    }
  });

  it('reports a schema error with its path, line and column (an unknown kind)', () => {
    const text = tsmeText.replace('kind: ratio_bands\n      numerator: "years[Y].techStaff"', 'kind: ratio_bandz\n      numerator: "years[Y].techStaff"');
    const problems = problemsOf(parseRuleSet(text, 'broken.yaml'));
    assert.ok(problems.some((problem) => problem.startsWith('items[4].definition.kind: unknown or missing indicator kind') && /line \d+/.test(problem)), problems.join('\n'));
  });

  it('the schema lists exactly the kinds the engine implements', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ruleSetsDirectory, 'rule-set.schema.json'), 'utf8')) as { $defs: Record<string, { oneOf?: Array<{ $ref: string }>; properties?: { kind?: { const?: string } } }> };
    const kinds = (schema.$defs.definition?.oneOf ?? []).map((entry) => schema.$defs[entry.$ref.replace('#/$defs/', '')]?.properties?.kind?.const);
    assert.deepEqual([...kinds].sort(), [...definitionKinds].sort());
  });

  it('reports a quantity in the wrong unit (a plain number where money is measured)', () => {
    const text = tsmeText.replace('op: "<=", value: 2亿元 }', 'op: "<=", value: 200000000 }');
    const problems = problemsOf(parseRuleSet(text, 'broken.yaml'));
    assert.ok(problems.some((problem) => problem.includes('items[1].definition.conditions[1].definition.value: wrong unit')), problems.join('\n'));
  });

  it('reports overlapping or gapped bands (each boundary must belong to exactly one band)', () => {
    const text = tsmeText.replace('- { label: B, min: "25%", max: "30%", points: 16 }', '- { label: B, min: "25%", max: "30%", includeMax: true, points: 16 }');
    const problems = problemsOf(parseRuleSet(text, 'broken.yaml'));
    assert.ok(problems.some((problem) => problem.startsWith('items[4].definition.bands[0]: overlaps or leaves a gap')), problems.join('\n'));
  });

  it('reports a decision that names an unknown item, and an unreadable measure', () => {
    const text = tsmeText.replace('    - TSME-E4\n', '    - TSME-E9\n').replace('"years[Y].employees", op: "<="', '"years[Y].staff", op: "<="');
    const problems = problemsOf(parseRuleSet(text, 'broken.yaml'));
    assert.ok(problems.some((problem) => problem.startsWith('decision.all[3]: unknown item TSME-E9')), problems.join('\n'));
    assert.ok(problems.some((problem) => problem.includes('unknown years field "staff"')), problems.join('\n'));
  });

  it('refuses needsOfficialCheck: false when an item is [S], [M] or [U]', () => {
    const problems = problemsOf(parseRuleSet(tsmeText.replace('needsOfficialCheck: true', 'needsOfficialCheck: false'), 'broken.yaml'));
    assert.ok(problems.some((problem) => problem.startsWith('needsOfficialCheck: must be true')), problems.join('\n'));
  });

  it('refuses composite weights that do not add up to 100', () => {
    const text = fs.readFileSync(path.join(ruleSetsDirectory, 'tech-innovation-index-2025.yaml'), 'utf8').replace('startup: { KCI-RND-RATIO: 15,', 'startup: { KCI-RND-RATIO: 16,');
    const problems = problemsOf(parseRuleSet(text, 'broken.yaml'));
    assert.ok(problems.some((problem) => problem.includes('weights add up to 101')), problems.join('\n'));
  });

  it('reports YAML syntax errors with their line, in Chinese too', () => {
    const result = parseRuleSet('id: [unclosed\n', 'broken.yaml');
    if (result.isValid) assert.fail('expected invalid');
    assert.equal(result.problems[0]?.path, '(yaml)');
    assert.match(formatRuleSetProblem(result.problems[0] ?? { path: '', message: { zh: '', en: '' } }, 'zh'), /YAML 语法错误.*（第 \d+ 行/);
  });
});

describe('findRuleSetInForce — the version of a family in force on a day (standards.md §0)', () => {
  const [tsme] = loadBundledRuleSets().filter((ruleSet) => ruleSet.family === 'tsme');
  if (!tsme) throw new Error('no tsme');
  const older: RuleSet = { ...tsme, id: 'tsme-2017', version: '2017.1', effectiveFrom: '2017-05-03', effectiveTo: '2022-12-31', supersededBy: 'tsme-2023' };
  const newer: RuleSet = { ...tsme, id: 'tsme-2023', version: '2023.1', effectiveFrom: '2023-01-01' };
  const versions = [newer, older];

  const cases: Array<[string, string | undefined]> = [
    ['2017-05-02', undefined],
    ['2017-05-03', 'tsme-2017'],
    ['2022-12-31', 'tsme-2017'],
    ['2023-01-01', 'tsme-2023'],
    ['2030-01-01', 'tsme-2023'],
  ];
  for (const [date, expected] of cases) {
    it(`${date} → ${expected ?? 'none'}`, () => assert.equal(findRuleSetInForce(versions, 'tsme', date)?.id, expected));
  }

  it('overlapping windows: the later effective date wins, whatever the input order', () => {
    const overlapping: RuleSet = { ...older, effectiveTo: undefined };
    assert.equal(findRuleSetInForce([overlapping, newer], 'tsme', '2024-01-01')?.id, 'tsme-2023');
    assert.equal(findRuleSetInForce([newer, overlapping], 'tsme', '2024-01-01')?.id, 'tsme-2023');
  });
});
