import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { CalculatedRecord, CalculateInput, RuleSetSummary } from './evaluation.contracts.ts';
import { evaluationErrors } from './evaluation.errors.ts';
import { enterpriseFactsSchema } from './facts.contracts.ts';
import { bundledRuleSets, summariseRuleSet } from './list-rule-sets.ts';

export interface CalculateOutput {
  ruleSet: RuleSetSummary;
  records: CalculatedRecord[];
}

/**
 * Evaluates records in the facts format against one rule set, touching no database: the CLI's
 * `kjt evaluate --input` and the API's calculator. `asOf` replaces each record's own date when given.
 * A record that does not match the format gets its problems instead of a result.
 */
export function calculateEvaluations(input: Omit<CalculateInput, 'withGaps'> & { withGaps?: boolean }, today: string): CalculateOutput {
  const ruleSet = bundledRuleSets().find((candidate) => candidate.id === input.ruleSetId);
  if (!ruleSet) throw evaluationErrors('RULE_SET_NOT_FOUND', { ruleSetId: input.ruleSetId });
  const records = input.records.map((raw, index): CalculatedRecord => {
    const withDate = input.asOf !== undefined && raw !== null && typeof raw === 'object' ? { ...(raw as object), asOf: input.asOf } : raw;
    const parsed = enterpriseFactsSchema.safeParse(withDate);
    if (!parsed.success) {
      const uscc = raw !== null && typeof raw === 'object' && typeof (raw as { uscc?: unknown }).uscc === 'string' ? (raw as { uscc: string }).uscc : null;
      return { index, uscc, result: null, gaps: null, errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
    }
    const result = evaluate(ruleSet, parsed.data);
    const gaps = input.withGaps !== false && result.status !== 'pass' ? analyseGaps(ruleSet, parsed.data, result) : null;
    return { index, uscc: parsed.data.uscc, result, gaps, errors: [] };
  });
  return { ruleSet: summariseRuleSet(ruleSet, today), records };
}

/** The same for a signed-in user over the API (nothing is read or stored). */
export const calculateEvaluationsForUser: UseCase<CalculateInput, CalculateOutput> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  return calculateEvaluations(input, shanghaiDate(ctx.now));
};
