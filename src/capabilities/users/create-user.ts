import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { checkPasswordPolicy, hashPassword } from '../../platform/auth/password.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationByCode } from '../organisations/organisation-lookup.ts';
import { roleFitsOrganisation } from './role-fits-organisation.ts';
import type { CreateUserInput, User } from './users.contracts.ts';
import { userErrors } from './users.errors.ts';
import { users } from './users.tables.ts';
import { auditViewOfUser, toUser } from './user-row.ts';

export const createUser: UseCase<CreateUserInput, User> = async (input, ctx) => {
  assertCan(ctx.actor, 'users.manage');
  assertPasswordAcceptable(input.password, input.username);
  const organisation = await findOrganisationByCode(ctx.tx, input.organisationCode);
  if (!organisation) throw userErrors('ORGANISATION_NOT_FOUND', { organisationCode: input.organisationCode });
  if (!roleFitsOrganisation(input.role, organisation.type)) {
    throw userErrors('ROLE_NOT_ALLOWED_FOR_ORGANISATION', { role: input.role, organisationType: organisation.type });
  }
  const [taken] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (taken) throw userErrors('USERNAME_TAKEN', { username: input.username });
  const [row] = await ctx.tx
    .insert(users)
    .values({
      id: newId('usr'),
      username: input.username,
      displayName: input.displayName,
      organisationId: organisation.id,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning();
  await ctx.audit({ action: 'user.create', entityType: 'user', entityId: row!.id, after: auditViewOfUser(row!) });
  return toUser(row!, organisation, ctx.now);
};

export function assertPasswordAcceptable(password: string, username: string): void {
  const problems = checkPasswordPolicy(password, username);
  if (problems.length > 0) {
    throw userErrors('WEAK_PASSWORD', {
      problemsZh: problems.map((problem) => problem.zh).join('；'),
      problemsEn: problems.map((problem) => problem.en).join('; '),
      problems: problems.map((problem) => problem.code),
    });
  }
}
