import { inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { users } from './users.tables.ts';

/** Which of these usernames exist already (demo set-up skips those). */
export const findExistingUsernames: UseCase<{ usernames: string[] }, Set<string>> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.read');
  if (input.usernames.length === 0) return new Set();
  const rows = await ctx.tx.select({ username: users.username }).from(users).where(inArray(users.username, input.usernames));
  return new Set(rows.map((row) => row.username));
};
