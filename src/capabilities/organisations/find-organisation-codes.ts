import { inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { organisations } from './organisations.tables.ts';

/** Which of these organisation codes exist already (demo set-up and imports skip those). */
export const findExistingOrganisationCodes: UseCase<{ codes: string[] }, Set<string>> = async (input, ctx) => {
  assertCan(ctx.actor, 'organisations.read');
  if (input.codes.length === 0) return new Set();
  const rows = await ctx.tx.select({ code: organisations.code }).from(organisations).where(inArray(organisations.code, input.codes));
  return new Set(rows.map((row) => row.code));
};
