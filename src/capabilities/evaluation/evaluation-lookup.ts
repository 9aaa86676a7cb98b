import { inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import type { EvaluationResult } from './evaluation-result.ts';
import { evaluationResults } from './evaluation.tables.ts';

/** The stored results of these enterprises (latest per rule set), by enterprise id, for other capabilities. */
export async function readStoredResults(tx: Transaction, enterpriseIds: string[]): Promise<Map<string, EvaluationResult[]>> {
  const byEnterprise = new Map<string, EvaluationResult[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await tx.select({ enterpriseId: evaluationResults.enterpriseId, result: evaluationResults.result }).from(evaluationResults).where(inArray(evaluationResults.enterpriseId, enterpriseIds));
  for (const row of rows) {
    const list = byEnterprise.get(row.enterpriseId);
    if (list) list.push(row.result);
    else byEnterprise.set(row.enterpriseId, [row.result]);
  }
  return byEnterprise;
}
