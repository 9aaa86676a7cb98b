import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { CreateOrganisationInput, Organisation } from './organisations.contracts.ts';
import { organisationErrors } from './organisations.errors.ts';
import { organisations } from './organisations.tables.ts';
import { toOrganisation } from './organisation-row.ts';

export const createOrganisation: UseCase<CreateOrganisationInput, Organisation> = async (input, ctx) => {
  assertCan(ctx.actor, 'organisations.manage');
  const [existing] = await ctx.tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, input.code));
  if (existing) throw organisationErrors('ORGANISATION_CODE_TAKEN', { code: input.code });
  let parentId: string | null = null;
  if (input.parentCode) {
    const [parent] = await ctx.tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, input.parentCode));
    if (!parent) throw organisationErrors('PARENT_NOT_FOUND', { parentCode: input.parentCode });
    parentId = parent.id;
  }
  const [row] = await ctx.tx
    .insert(organisations)
    .values({
      id: newId('org'),
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      type: input.type,
      parentId,
      districtCode: input.districtCode ?? null,
      isDemo: input.isDemo ?? false,
    })
    .returning();
  const organisation = toOrganisation(row!);
  await ctx.audit({ action: 'organisation.create', entityType: 'organisation', entityId: organisation.id, after: organisation });
  return organisation;
};
