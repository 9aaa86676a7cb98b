import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { platformErrors } from '../../platform/errors.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { User } from './users.contracts.ts';
import { users } from './users.tables.ts';
import { toUser } from './user-row.ts';

export const getCurrentUser: UseCase<void, User> = async (_input, ctx) => {
  assertCan(ctx.actor, 'session');
  if (ctx.actor.kind !== 'user') throw platformErrors('UNAUTHENTICATED');
  const [row] = await ctx.tx.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!row) throw platformErrors('UNAUTHENTICATED');
  const organisations = await findOrganisationsByIds(ctx.tx, [row.organisationId]);
  return toUser(row, organisations.get(row.organisationId), ctx.now);
};
