import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findInstitutionProfiles, findOrganisationByCode, type InstitutionProfile } from './organisation-lookup.ts';
import { institutionTypes, type InstitutionProfileInput } from './organisations.contracts.ts';
import { organisationErrors } from './organisations.errors.ts';
import { institutionProfiles } from './organisations.tables.ts';

/**
 * 机构信息维护: the tech-finance flags and their dates (特色机构, 科技金融事业部, 入驻南太湖绿色金融中心).
 * An institution officer edits its own institution's; the admin any institution's. A flag set
 * needs its date, because the dates count toward the policy's targets.
 */
export const updateInstitutionProfile: UseCase<InstitutionProfileInput & { code: string }, InstitutionProfile> = async (input, ctx) => {
  assertCan(ctx.actor, 'products.manage');
  const institution = await findOrganisationByCode(ctx.tx, input.code);
  const isOwn = ctx.actor.kind === 'user' && ctx.actor.role === 'institution' ? ctx.actor.organisationId === institution?.id : true;
  if (!institution || !institutionTypes.includes(institution.type) || !isOwn) throw organisationErrors('ORGANISATION_NOT_FOUND', { code: input.code });
  const values = {
    isTechFinanceSpecialised: input.isTechFinanceSpecialised,
    techFinanceSpecialisedSince: input.isTechFinanceSpecialised ? input.techFinanceSpecialisedSince ?? null : null,
    hasTechFinanceDivision: input.hasTechFinanceDivision,
    techFinanceDivisionName: input.hasTechFinanceDivision ? input.techFinanceDivisionName ?? null : null,
    techFinanceDivisionSince: input.hasTechFinanceDivision ? input.techFinanceDivisionSince ?? null : null,
    isSettledInGreenFinanceCentre: input.isSettledInGreenFinanceCentre,
    settledInGreenFinanceCentreSince: input.isSettledInGreenFinanceCentre ? input.settledInGreenFinanceCentreSince ?? null : null,
    updatedAt: ctx.now,
  };
  const before = (await findInstitutionProfiles(ctx.tx, [institution.id])).get(institution.id) ?? null;
  await ctx.tx.insert(institutionProfiles).values({ organisationId: institution.id, ...values }).onConflictDoUpdate({ target: institutionProfiles.organisationId, set: values });
  const { updatedAt: _updated, ...after } = { organisationId: institution.id, ...values };
  await ctx.audit({ action: 'organisation.institution-profile-updated', entityType: 'organisation', entityId: institution.id, before, after });
  return after;
};
