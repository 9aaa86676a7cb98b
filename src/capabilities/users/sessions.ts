import { createHash } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/actor.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { rolePermissions, type Role } from '../../platform/auth/roles.ts';
import { KjtError } from '../../platform/errors.ts';
import { newToken } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { SignInInput, User } from './users.contracts.ts';
import { userErrors } from './users.errors.ts';
import { sessions, users } from './users.tables.ts';
import { toUser } from './user-row.ts';

export const maxFailedSignIns = 5;
export const lockoutMinutes = 15;

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type SignInResult =
  | { isSignedIn: true; token: string; csrfToken: string; user: User; expiresAt: Date }
  | { isSignedIn: false; error: KjtError };

/** Compared against when the username does not exist, so that timing does not reveal which usernames exist. */
const decoyHash = hashPassword('decoy-password-for-timing');

/**
 * 登录. Returns a value rather than throwing on a wrong password, so that the failure count and the
 * audit row commit even though the sign-in fails. A previous session of this browser is ended:
 * the session id is rotated at every sign-in.
 */
export const signIn: UseCase<SignInInput & { previousToken?: string; policy: SessionPolicy; ipAddress?: string; userAgent?: string }, SignInResult> = async (
  input,
  ctx,
) => {
  assertCan(ctx.actor, 'public');
  if (input.previousToken) await ctx.tx.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(input.previousToken)));
  const [row] = await ctx.tx.select().from(users).where(eq(users.username, input.username.toLowerCase()));
  if (!row) {
    await verifyPassword(input.password, await decoyHash);
    return { isSignedIn: false, error: userErrors('INVALID_CREDENTIALS') };
  }
  if (row.lockedUntil && row.lockedUntil > ctx.now) {
    return { isSignedIn: false, error: userErrors('ACCOUNT_LOCKED', { until: formatShanghai(row.lockedUntil) }) };
  }
  if (!(await verifyPassword(input.password, row.passwordHash))) {
    const failedLoginCount = row.failedLoginCount + 1;
    const isLocking = failedLoginCount >= maxFailedSignIns;
    const lockedUntil = isLocking ? new Date(ctx.now.getTime() + lockoutMinutes * 60_000) : null;
    await ctx.tx
      .update(users)
      .set({ failedLoginCount: isLocking ? 0 : failedLoginCount, lockedUntil })
      .where(eq(users.id, row.id));
    await ctx.audit({
      action: isLocking ? 'user.lock' : 'user.sign-in-failed',
      entityType: 'user',
      entityId: row.id,
      after: { failedLoginCount, lockedUntil: lockedUntil?.toISOString() ?? null, ipAddress: input.ipAddress ?? null },
    });
    return {
      isSignedIn: false,
      error: isLocking ? userErrors('ACCOUNT_LOCKED', { until: formatShanghai(lockedUntil!) }) : userErrors('INVALID_CREDENTIALS'),
    };
  }
  if (row.isDisabled) return { isSignedIn: false, error: userErrors('ACCOUNT_DISABLED') };

  const token = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(ctx.now.getTime() + input.policy.absoluteHours * 3_600_000);
  await ctx.tx.insert(sessions).values({
    tokenHash: hashSessionToken(token),
    userId: row.id,
    csrfToken,
    expiresAt,
    ipAddress: input.ipAddress ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  await ctx.tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: ctx.now }).where(eq(users.id, row.id));
  // Expired sessions of anyone are swept here too: sign-in is rare enough and keeps the table small.
  await ctx.tx.delete(sessions).where(lt(sessions.expiresAt, ctx.now));
  await ctx.audit({ action: 'user.sign-in', entityType: 'user', entityId: row.id, after: { ipAddress: input.ipAddress ?? null } });
  const organisations = await findOrganisationsByIds(ctx.tx, [row.organisationId]);
  return { isSignedIn: true, token, csrfToken, user: toUser(row, organisations.get(row.organisationId), ctx.now), expiresAt };
};

export const signOut: UseCase<{ token: string }, void> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  const deleted = await ctx.tx.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(input.token))).returning({ userId: sessions.userId });
  if (deleted[0]) await ctx.audit({ action: 'user.sign-out', entityType: 'user', entityId: deleted[0].userId });
};

export interface ResolvedUserSession {
  actor: Actor;
  tokenHash: string;
  csrfToken: string;
  user: User;
}

/**
 * Finds the signed-in user behind a session cookie, or nothing when the session is unknown, idle too
 * long, past its absolute expiry, or its user is disabled. Runs as the platform itself.
 */
export const resolveSession: UseCase<{ token: string; policy: SessionPolicy }, ResolvedUserSession | undefined> = async (input, ctx) => {
  const tokenHash = hashSessionToken(input.token);
  const idleCutoff = new Date(ctx.now.getTime() - input.policy.idleMinutes * 60_000);
  const [found] = await ctx.tx
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, ctx.now), gt(sessions.lastSeenAt, idleCutoff)));
  if (!found || found.user.isDisabled) return undefined;
  // Touch at most once a minute, not on every request.
  if (ctx.now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
    await ctx.tx.update(sessions).set({ lastSeenAt: ctx.now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const organisation = (await findOrganisationsByIds(ctx.tx, [found.user.organisationId])).get(found.user.organisationId);
  const user = toUser(found.user, organisation, ctx.now);
  return {
    tokenHash,
    csrfToken: found.session.csrfToken,
    user,
    actor: {
      kind: 'user',
      userId: found.user.id,
      username: found.user.username,
      role: found.user.role as Role,
      organisationId: found.user.organisationId,
      organisationType: organisation?.type ?? '',
      districtCode: organisation?.districtCode ?? null,
    },
  };
};

export function permissionsOf(role: Role): string[] {
  return [...rolePermissions[role]];
}

function formatShanghai(date: Date): string {
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
