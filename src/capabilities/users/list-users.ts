import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { containsPattern, selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { ListUsersInput, User } from './users.contracts.ts';
import { users } from './users.tables.ts';
import { toUser } from './user-row.ts';

export type UserPage = Page<User>;

export const listUsers: UseCase<ListUsersInput, UserPage> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.read');
  const conditions: (SQL | undefined)[] = [];
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.search) {
    const pattern = containsPattern(input.search);
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)));
  }
  const { rows, total } = await selectPage(ctx.tx, users, and(...conditions), [asc(users.username)], input);
  const organisationsById = await findOrganisationsByIds(ctx.tx, rows.map((row) => row.organisationId));
  return {
    items: rows.map((row) => toUser(row, organisationsById.get(row.organisationId), ctx.now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};
