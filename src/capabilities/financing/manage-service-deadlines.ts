import { assertCan, actorLabel } from '../../platform/auth/actor.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import type { ServiceDeadlineSettingsInput, ServiceDeadlinesView } from './financing.contracts.ts';
import { financingErrors } from './financing.errors.ts';
import { serviceDeadlineSettings } from './financing.tables.ts';
import { findPlatformServiceTerms, findServiceTerms, platformServiceTerms, settingsRowId } from './service-deadlines.ts';

async function viewOf(ctx: UseCaseContext): Promise<ServiceDeadlinesView> {
  const platform = await findPlatformServiceTerms(ctx.tx);
  return {
    defaults: platform.terms,
    builtIn: platformServiceTerms,
    isCustomised: platform.updatedAt !== null,
    updatedAt: platform.updatedAt?.toISOString() ?? null,
    updatedBy: platform.updatedBy,
    inForce: await findServiceTerms(ctx.tx, ctx.now),
  };
}

/** 服务时限: the platform's defaults, the built-in ones, and the terms a demand posted now would get. */
export const getServiceDeadlines: UseCase<Record<string, never>, ServiceDeadlinesView> = async (_input, ctx) => {
  assertCan(ctx.actor, 'financing.supervise');
  return viewOf(ctx);
};

/**
 * 服务时限设置: an administrator sets the platform's defaults, audited with before and after. Demands
 * keep the terms they were posted under; a pack in force still overrides what it sets.
 */
export const updateServiceDeadlines: UseCase<ServiceDeadlineSettingsInput, ServiceDeadlinesView> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.configure');
  if (input.contactWorkingDays > input.decisionWorkingDays) throw financingErrors('CONTACT_AFTER_DECISION', { contact: input.contactWorkingDays, decision: input.decisionWorkingDays });
  const before = await findPlatformServiceTerms(ctx.tx);
  const row = { ...input, updatedAt: ctx.now, updatedBy: actorLabel(ctx.actor) };
  await ctx.tx.insert(serviceDeadlineSettings).values({ id: settingsRowId, ...row }).onConflictDoUpdate({ target: serviceDeadlineSettings.id, set: row });
  const { source: _source, ...was } = before.terms;
  await ctx.audit({ action: 'financing.service-deadlines-set', entityType: 'service_deadline_settings', entityId: settingsRowId, before: was, after: input });
  return viewOf(ctx);
};
