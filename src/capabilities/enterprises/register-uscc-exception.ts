import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { enterprises, factSources } from './enterprises.tables.ts';
import { checkUscc } from './uscc.ts';

export interface RegisterUsccExceptionInput {
  uscc: string;
  name: string;
  reason: string;
}

/**
 * 校验位例外: some legal codes issued during the pilot period fail the check character
 * (standards.md §6.5). An officer may accept one with a written reason; the record is audited and
 * later imports of that code are accepted.
 */
export const registerUsccException: UseCase<RegisterUsccExceptionInput, { enterpriseId: string; uscc: string }> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  const check = checkUscc(input.uscc);
  if (check.status === 'bad_format') throw enterpriseErrors('USCC_BAD_FORMAT');
  if (check.status === 'ok') throw enterpriseErrors('USCC_IS_VALID');
  const reason = input.reason.trim();
  if ([...reason].length < 10) throw enterpriseErrors('EXCEPTION_REASON_REQUIRED');
  const [existing] = await ctx.tx.select().from(enterprises).where(eq(enterprises.uscc, check.uscc));
  if (existing) {
    await ctx.tx.update(enterprises).set({ usccExceptionReason: reason, updatedAt: ctx.now }).where(eq(enterprises.id, existing.id));
    await ctx.audit({ action: 'enterprise.uscc-exception', entityType: 'enterprise', entityId: existing.id, before: { usccExceptionReason: existing.usccExceptionReason }, after: { usccExceptionReason: reason } });
    return { enterpriseId: existing.id, uscc: check.uscc };
  }
  const sourceId = newId('src');
  await ctx.tx.insert(factSources).values({
    id: sourceId,
    channel: 'manual',
    organisationId: ctx.actor.kind === 'user' ? ctx.actor.organisationId : null,
    recordedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  const enterpriseId = newId('ent');
  await ctx.tx.insert(enterprises).values({ id: enterpriseId, uscc: check.uscc, name: input.name.trim(), usccExceptionReason: reason, fieldSources: { name: sourceId } });
  await ctx.audit({ action: 'enterprise.uscc-exception', entityType: 'enterprise', entityId: enterpriseId, after: { uscc: check.uscc, name: input.name.trim(), usccExceptionReason: reason } });
  return { enterpriseId, uscc: check.uscc };
};
