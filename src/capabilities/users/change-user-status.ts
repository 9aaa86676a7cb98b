import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { assertPasswordAcceptable } from './create-user.ts';
import type { ResetPasswordInput, User } from './users.contracts.ts';
import { userErrors } from './users.errors.ts';
import { sessions, users } from './users.tables.ts';
import { auditViewOfUser, toUser } from './user-row.ts';

/** 停用账户: the user can no longer sign in and every open session ends. */
export const disableUser: UseCase<{ username: string }, User> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.manage');
  const before = await loadUser(ctx, input.username);
  if (ctx.actor.kind === 'user' && ctx.actor.userId === before.id) throw userErrors('CANNOT_DISABLE_SELF');
  return updateUser(ctx, before, { isDisabled: true }, 'user.disable', true);
};

export const enableUser: UseCase<{ username: string }, User> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.manage');
  const before = await loadUser(ctx, input.username);
  return updateUser(ctx, before, { isDisabled: false, failedLoginCount: 0, lockedUntil: null }, 'user.enable', false);
};

/** 重置密码: sets a new password, clears a lockout, ends open sessions and asks for a change at next sign-in. */
export const resetPassword: UseCase<ResetPasswordInput, User> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.manage');
  assertPasswordAcceptable(input.password, input.username);
  const before = await loadUser(ctx, input.username);
  const changes = {
    passwordHash: await hashPassword(input.password),
    mustChangePassword: true,
    failedLoginCount: 0,
    lockedUntil: null,
  };
  return updateUser(ctx, before, changes, 'user.reset-password', true);
};

async function loadUser(ctx: UseCaseContext, username: string) {
  const [row] = await ctx.tx.select().from(users).where(eq(users.username, username));
  if (!row) throw userErrors('USER_NOT_FOUND', { username });
  return row;
}

async function updateUser(
  ctx: UseCaseContext,
  before: typeof users.$inferSelect,
  changes: Partial<typeof users.$inferInsert>,
  action: string,
  isEndingSessions: boolean,
): Promise<User> {
  const [after] = await ctx.tx
    .update(users)
    .set({ ...changes, updatedAt: ctx.now })
    .where(eq(users.id, before.id))
    .returning();
  if (isEndingSessions) await ctx.tx.delete(sessions).where(eq(sessions.userId, before.id));
  await ctx.audit({ action, entityType: 'user', entityId: before.id, before: auditViewOfUser(before), after: auditViewOfUser(after!) });
  const organisations = await findOrganisationsByIds(ctx.tx, [after!.organisationId]);
  return toUser(after!, organisations.get(after!.organisationId), ctx.now);
}
