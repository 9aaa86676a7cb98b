import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { assertInScope } from '../../platform/auth/data-scope.ts';
import { KjtError, platformErrors } from '../../platform/errors.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { applyEnterpriseFacts, type RecordOutcome } from './apply-enterprise-facts.ts';
import { enterpriseRecord, intellectualPropertyRecord, qualificationRecord, yearlyFactsRecord, type FactSubject } from './enterprises.contracts.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { enterprises } from './enterprises.tables.ts';
import { checkUscc } from './uscc.ts';

export interface UpdateEnterpriseFactsInput {
  uscc: string;
  subject: FactSubject;
  /** The record without its USCC: for yearly facts and IP it carries the year, for a qualification its kind and certificate number. */
  record: Record<string, unknown>;
}

const recordContracts = {
  enterprise: enterpriseRecord.omit({ uscc: true }).strict(),
  yearly: yearlyFactsRecord.omit({ uscc: true }).strict(),
  ip: intellectualPropertyRecord.omit({ uscc: true }).strict(),
  qualification: qualificationRecord.omit({ uscc: true, name: true }).strict(),
} as const;

/** 手工修改: an officer edits facts of one enterprise in scope; the edit is a source of its own, audited. */
export const updateEnterpriseFacts: UseCase<UpdateEnterpriseFactsInput, RecordOutcome> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  const parsed = recordContracts[input.subject].safeParse(input.record);
  if (!parsed.success) {
    throw platformErrors('VALIDATION_FAILED', { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
  }
  const uscc = checkUscc(input.uscc).uscc;
  const [row] = await ctx.tx.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  if (!row) throw enterpriseErrors('ENTERPRISE_NOT_FOUND', { uscc });
  try {
    assertInScope(ctx.actor, { organisationId: row.organisationId, districtCode: row.districtCode });
  } catch {
    throw enterpriseErrors('ENTERPRISE_NOT_FOUND', { uscc });
  }
  const result = await applyEnterpriseFacts(
    {
      subject: input.subject,
      records: [{ ...parsed.data, uscc }],
      source: { channel: 'manual', organisationId: ctx.actor.kind === 'user' ? ctx.actor.organisationId : null },
      isDryRun: false,
    },
    ctx,
  );
  const outcome = result.outcomes[0]!;
  if (outcome.status === 'rejected' && outcome.problem) {
    throw new KjtError(outcome.problem.code, { status: 400, ...outcome.problem.message }, { column: outcome.problem.column });
  }
  if (outcome.changes.length > 0) {
    await ctx.audit({
      action: 'enterprise.update',
      entityType: 'enterprise',
      entityId: row.id,
      before: Object.fromEntries(outcome.changes.map((change) => [change.field, change.oldValue])),
      after: { subject: input.subject, sourceId: result.sourceId, ...Object.fromEntries(outcome.changes.map((change) => [change.field, change.newValue])) },
    });
  }
  return outcome;
};
