import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { evaluate } from './evaluate.ts';
import { enterpriseFactsSchema } from './facts.contracts.ts';
import { loadBundledRuleSets } from './load-bundled-rule-sets.ts';
import { baseFacts } from './test-facts.ts';
import { factsJsonSchemaPath, factsJsonSchemaText } from './write-facts-json-schema.ts';

const docText = fs.readFileSync(new URL('../../../docs/facts-format.md', import.meta.url), 'utf8');
const example: unknown = JSON.parse(/```json\n([\s\S]*?)```/.exec(docText)?.[1] ?? 'null');
const jsonSchema: unknown = JSON.parse(fs.readFileSync(factsJsonSchemaPath, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, formats: { date: true } }).compile(jsonSchema as object);

describe('facts format — zod contract, JSON Schema and docs/facts-format.md agree', () => {
  it('schemas/enterprise-facts.schema.json is what the zod contract generates (rerun write-facts-json-schema.ts if not)', () => {
    assert.equal(fs.readFileSync(factsJsonSchemaPath, 'utf8'), factsJsonSchemaText());
  });

  it('the documented example is valid for both, and so are the test facts', () => {
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
    assert.doesNotThrow(() => enterpriseFactsSchema.parse(example));
    assert.equal(validate(baseFacts()), true, JSON.stringify(validate.errors));
    assert.doesNotThrow(() => enterpriseFactsSchema.parse(baseFacts()));
  });

  const invalid: Array<[string, (facts: Record<string, unknown>) => void]> = [
    ['money in yuan with decimals', (facts) => ((facts.years as Array<Record<string, unknown>>)[0]!.revenueFen = 12.5)],
    ['an unknown field', (facts) => (facts.employeeCount = 3)],
    ['a negative count', (facts) => ((facts.years as Array<Record<string, unknown>>)[0]!.employees = -1)],
    ['a bad date', (facts) => (facts.asOf = '2026-13-01')],
    ['an unknown flag', (facts) => (facts.flags = { isNice: true })],
  ];
  for (const [label, spoil] of invalid) {
    it(`both refuse ${label}`, () => {
      const facts = structuredClone(example) as Record<string, unknown>;
      spoil(facts);
      assert.equal(validate(facts), false);
      assert.equal(enterpriseFactsSchema.safeParse(facts).success, false);
    });
  }

  it('zod also refuses the same year twice (a rule the JSON Schema cannot state)', () => {
    const facts = structuredClone(example) as { years: unknown[] };
    facts.years.push(structuredClone(facts.years[0]));
    assert.equal(enterpriseFactsSchema.safeParse(facts).success, false);
  });

  it('the example gives the results the document describes', () => {
    const facts = enterpriseFactsSchema.parse(example);
    const statuses = Object.fromEntries(loadBundledRuleSets().map((ruleSet) => [ruleSet.id, evaluate(ruleSet, facts)]));
    assert.equal(statuses['tsme-2022']?.status, 'pass');
    assert.equal(statuses['tsme-2022']?.total, 86);
    assert.equal(statuses['hnte-2016']?.status, 'manual_review');
    assert.deepEqual(statuses['hnte-2016']?.totalRange, [22, 72]);
    assert.equal(statuses['innovative-sme-2022']?.passedByDirectRoute, 'INNO-D1');
    assert.equal(statuses['srdi-sme-2026']?.status, 'manual_review');
    assert.equal(statuses['star-market-2024']?.status, 'manual_review');
    assert.equal(statuses['tech-innovation-index-2025']?.total, 32.11);
    assert.equal(statuses['tech-innovation-index-2025']?.grade, 'A');
  });
});
