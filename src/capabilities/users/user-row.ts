import type { Role } from '../../platform/auth/roles.ts';
import type { Organisation } from '../organisations/organisations.contracts.ts';
import type { User } from './users.contracts.ts';
import type { users } from './users.tables.ts';

export function toUser(row: typeof users.$inferSelect, organisation: Organisation | undefined, now = new Date()): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    organisationId: row.organisationId,
    organisationName: organisation?.name ?? '',
    organisationType: organisation?.type ?? '',
    role: row.role as Role,
    isDisabled: row.isDisabled,
    isLocked: row.lockedUntil !== null && row.lockedUntil > now,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What an audit row keeps of a user: never the password hash. */
export function auditViewOfUser(row: typeof users.$inferSelect) {
  return {
    username: row.username,
    displayName: row.displayName,
    organisationId: row.organisationId,
    role: row.role,
    isDisabled: row.isDisabled,
    mustChangePassword: row.mustChangePassword,
  };
}
