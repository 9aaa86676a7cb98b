import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationByCode } from '../organisations/organisation-lookup.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { enterprises } from './enterprises.tables.ts';
import { checkUscc } from './uscc.ts';

/** Connects a registry record to the enterprise's organisation on the platform, so that its users see it. */
export const linkEnterpriseOrganisation: UseCase<{ uscc: string; organisationCode: string }, { enterpriseId: string; organisationId: string }> = async (input, ctx) => {
  assertCan(ctx.actor, 'organisations.manage');
  const uscc = checkUscc(input.uscc).uscc;
  const [row] = await ctx.tx.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  if (!row) throw enterpriseErrors('ENTERPRISE_NOT_FOUND', { uscc });
  const organisation = await findOrganisationByCode(ctx.tx, input.organisationCode);
  if (!organisation || organisation.type !== 'enterprise') throw enterpriseErrors('ORGANISATION_NOT_ENTERPRISE', { organisationCode: input.organisationCode });
  if (row.organisationId === organisation.id) return { enterpriseId: row.id, organisationId: organisation.id };
  await ctx.tx.update(enterprises).set({ organisationId: organisation.id, updatedAt: ctx.now }).where(eq(enterprises.id, row.id));
  await ctx.audit({ action: 'enterprise.link-organisation', entityType: 'enterprise', entityId: row.id, before: { organisationId: row.organisationId }, after: { organisationId: organisation.id } });
  return { enterpriseId: row.id, organisationId: organisation.id };
};
