import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { ListUsersInput, User } from './users.contracts.ts';
import { users } from './users.tables.ts';
import { toUser } from './user-row.ts';

export interface UserPage {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
}

export const listUsers: UseCase<ListUsersInput, UserPage> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.read');
  const conditions: (SQL | undefined)[] = [];
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)));
  }
  const where = and(...conditions);
  const [totalRow] = await ctx.tx.select({ total: count() }).from(users).where(where);
  const rows = await ctx.tx
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const organisationsById = await findOrganisationsByIds(ctx.tx, rows.map((row) => row.organisationId));
  return {
    items: rows.map((row) => toUser(row, organisationsById.get(row.organisationId), ctx.now)),
    total: Number(totalRow?.total ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
};
