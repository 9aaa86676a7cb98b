import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findPolicyPackInForce } from './policy-pack-lookup.ts';
import { isCalendarDate, type FindPackInForceInput, type PolicyPackSummary } from './policy-packs.contracts.ts';
import { policyPackErrors } from './policy-packs.errors.ts';

/** Which pack governs a given day; none is an error with its own code, never a silent fallback. */
export const findPackInForce: UseCase<FindPackInForceInput, PolicyPackSummary> = async (input, ctx) => {
  assertCan(ctx.actor, 'public');
  if (!isCalendarDate(input.date)) throw policyPackErrors('INVALID_DATE', { date: input.date });
  const found = await findPolicyPackInForce(ctx.tx, input.date);
  if (!found) throw policyPackErrors('NO_PACK_IN_FORCE', { date: input.date });
  return found.summary;
};
