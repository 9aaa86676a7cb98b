import { createHash } from 'node:crypto';
import { and, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import type { RegistryFacts } from '../enterprises/enterprise-facts-lookup.ts';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { EvaluationResult } from './evaluation-result.ts';
import { evaluationResults } from './evaluation.tables.ts';
import type { EnterpriseFacts } from './facts.contracts.ts';
import { factsFromRegistry } from './registry-facts.ts';
import type { RuleSet } from './rule-set.contracts.ts';

/** What one enterprise's evaluation produced: its facts and one result per rule set. */
export interface EnterpriseEvaluation {
  record: RegistryFacts;
  facts: EnterpriseFacts;
  results: EvaluationResult[];
}

/** Everything but the assessment date: two runs on different days with the same outcome hash alike. */
export function resultHash(result: EvaluationResult, record: RegistryFacts): string {
  const { asOf: _asOf, ...rest } = result;
  return createHash('sha256')
    .update(JSON.stringify([record.enterprise.districtCode, record.enterprise.industryCode, rest]))
    .digest('base64url');
}

/** What a result is computed from: the rule set's version and the facts, with their as-of date and the enterprise's peer groups. */
export function inputHash(ruleSet: RuleSet, factsJson: string, record: RegistryFacts): string {
  return createHash('sha256')
    .update(`${ruleSet.id}@${ruleSet.version}|${record.enterprise.districtCode}|${record.enterprise.industryCode}|`)
    .update(factsJson)
    .digest('base64url');
}

const insertChunkSize = 200;

/**
 * Evaluates a batch of enterprises against the rule sets and stores the results that differ from
 * those stored (by `resultHash`); gap analyses are computed only for what is written. Unchanged
 * results write nothing. Enterprises whose stored results were all computed from the same inputs
 * (`inputHash`) are not evaluated again and are not in the returned evaluations.
 */
export async function storeEvaluationResults(
  tx: Transaction,
  records: RegistryFacts[],
  ruleSets: RuleSet[],
  asOf: string,
  runId: string | null,
): Promise<{ evaluations: EnterpriseEvaluation[]; written: number }> {
  if (records.length === 0) return { evaluations: [], written: 0 };
  const stored = await tx
    .select({ enterpriseId: evaluationResults.enterpriseId, ruleSetId: evaluationResults.ruleSetId, resultHash: evaluationResults.resultHash, inputHash: evaluationResults.inputHash })
    .from(evaluationResults)
    .where(and(inArray(evaluationResults.enterpriseId, records.map((record) => record.enterprise.id)), inArray(evaluationResults.ruleSetId, ruleSets.map((ruleSet) => ruleSet.id))));
  const storedOf = new Map(stored.map((row) => [`${row.enterpriseId} ${row.ruleSetId}`, row]));
  // An enterprise whose every result was computed from exactly these inputs needs no evaluation:
  // the engine is a pure function, so it would give the same results again.
  const evaluations: EnterpriseEvaluation[] = [];
  const inputHashes = new Map<string, string[]>();
  for (const record of records) {
    const facts = factsFromRegistry(record, asOf);
    const factsJson = JSON.stringify(facts);
    const hashes = ruleSets.map((ruleSet) => inputHash(ruleSet, factsJson, record));
    const isUnchanged = ruleSets.every((ruleSet, index) => storedOf.get(`${record.enterprise.id} ${ruleSet.id}`)?.inputHash === hashes[index]);
    if (isUnchanged) continue;
    inputHashes.set(record.enterprise.id, hashes);
    evaluations.push({ record, facts, results: ruleSets.map((ruleSet) => evaluate(ruleSet, facts)) });
  }
  const storedHash = new Map(stored.map((row) => [`${row.enterpriseId} ${row.ruleSetId}`, row.resultHash]));

  const rows: (typeof evaluationResults.$inferInsert)[] = [];
  for (const { record, facts, results } of evaluations) {
    results.forEach((result, index) => {
      const hash = resultHash(result, record);
      if (storedHash.get(`${record.enterprise.id} ${result.ruleSetId}`) === hash) return;
      const ruleSet = ruleSets[index] as RuleSet;
      rows.push({
        enterpriseId: record.enterprise.id,
        ruleSetId: result.ruleSetId,
        ruleSetFamily: result.ruleSetFamily,
        ruleSetVersion: result.ruleSetVersion,
        asOf,
        districtCode: record.enterprise.districtCode,
        industryCode: record.enterprise.industryCode,
        fiscalYear: result.fiscalYear,
        status: result.status,
        totalLow: result.totalRange?.[0] ?? null,
        totalHigh: result.totalRange?.[1] ?? null,
        grade: result.grade ?? null,
        result,
        gaps: result.status === 'pass' ? null : analyseGaps(ruleSet, facts, result),
        resultHash: hash,
        inputHash: inputHashes.get(record.enterprise.id)?.[index] ?? null,
        runId,
      });
    });
  }
  for (let start = 0; start < rows.length; start += insertChunkSize) {
    await tx
      .insert(evaluationResults)
      .values(rows.slice(start, start + insertChunkSize))
      .onConflictDoUpdate({
        target: [evaluationResults.enterpriseId, evaluationResults.ruleSetId],
        set: {
          ruleSetFamily: sql`excluded.rule_set_family`,
          ruleSetVersion: sql`excluded.rule_set_version`,
          asOf: sql`excluded.as_of`,
          districtCode: sql`excluded.district_code`,
          industryCode: sql`excluded.industry_code`,
          fiscalYear: sql`excluded.fiscal_year`,
          status: sql`excluded.status`,
          totalLow: sql`excluded.total_low`,
          totalHigh: sql`excluded.total_high`,
          grade: sql`excluded.grade`,
          result: sql`excluded.result`,
          gaps: sql`excluded.gaps`,
          resultHash: sql`excluded.result_hash`,
          inputHash: sql`excluded.input_hash`,
          runId: sql`excluded.run_id`,
          evaluatedAt: sql`now()`,
        },
      });
  }
  return { evaluations, written: rows.length };
}
