import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { users } from './users.tables.ts';

/** Production mode refuses to start until this is true. */
export const hasActiveAdmin: UseCase<void, boolean> = async (_input, ctx) => {
  assertCan(ctx.actor, 'users.read');
  const rows = await ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isDisabled, false)))
    .limit(1);
  return rows.length > 0;
};
