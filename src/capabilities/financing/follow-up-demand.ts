import { shanghaiDateTime } from '../../platform/calendar-date.ts';
import { and, eq, inArray } from 'drizzle-orm';
import type { UseCase } from '../../platform/use-case.ts';
import { addWorkingDays } from '../calendar/calendar-lookup.ts';
import { findOrganisationByCode } from '../organisations/organisation-lookup.ts';
import { institutionTypes } from '../organisations/organisations.contracts.ts';
import { notify } from '../notifications/notify.ts';
import { activeClaimStatuses, countSlotHoldingClaims } from './demand-access.ts';
import { applyDemandEvent } from './demand-transition.ts';
import { financingErrors } from './financing.errors.ts';
import { demandClaims, demandRecipients, institutionRatings } from './financing.tables.ts';
import { lockOwnDemand } from './own-demand.ts';

/** 撤回: the enterprise withdraws its demand; institutions still at work on it are told. */
export const withdrawDemand: UseCase<{ demandId: string }, { status: number }> = async (input, ctx) => {
  const demand = await lockOwnDemand(ctx, input.demandId);
  const active = await ctx.tx.select().from(demandClaims).where(and(eq(demandClaims.demandId, demand.id), inArray(demandClaims.status, [...activeClaimStatuses])));
  const status = await applyDemandEvent(ctx, demand, 'withdrawn', { action: { zh: '撤回', en: 'withdraw' } });
  if (active.length > 0) {
    await ctx.tx.update(demandClaims).set({ status: 'withdrawn' }).where(inArray(demandClaims.id, active.map((claim) => claim.id)));
    await notify(ctx.tx, active.map((claim) => ({ to: { organisationId: claim.institutionId }, kind: 'demand_withdrawn', title: { zh: '企业已撤回融资需求', en: 'The enterprise withdrew its demand' }, body: { zh: '无需继续办理', en: 'No further work is needed' }, link: `/financing/demands/${demand.id}` })));
  }
  await ctx.audit({ action: 'financing.demand-withdrawn', entityType: 'financing_demand', entityId: demand.id });
  return { status };
};

/**
 * 转介: after declines or a missed claim deadline, the enterprise sends its demand on to other
 * institutions (or a guarantor) it picks; they get a new claim deadline.
 */
export const acceptReferral: UseCase<{ demandId: string; institutionCodes: string[] }, { status: number; claimDeadline: string }> = async (input, ctx) => {
  const demand = await lockOwnDemand(ctx, input.demandId);
  const slots = await countSlotHoldingClaims(ctx.tx, demand.id);
  const institutions = [];
  for (const code of new Set(input.institutionCodes)) {
    const institution = await findOrganisationByCode(ctx.tx, code);
    if (!institution || !institutionTypes.includes(institution.type)) throw financingErrors('NOT_AN_INSTITUTION', { code });
    if (!slots.institutionIds.includes(institution.id)) institutions.push(institution);
  }
  const claimDeadline = await addWorkingDays(ctx.tx, ctx.now, demand.serviceTerms.claimWorkingDays);
  const status = await applyDemandEvent(ctx, demand, 'referral_accepted', {
    action: { zh: '接受转介', en: 'accept a referral' },
    details: { institutionIds: institutions.map((institution) => institution.id) },
    set: { dispatchMode: 'chosen', claimCap: slots.holding + institutions.length, claimDeadline },
  });
  if (institutions.length > 0) {
    await ctx.tx.insert(demandRecipients).values(institutions.map((institution) => ({ demandId: demand.id, institutionId: institution.id, reason: 'referral' }))).onConflictDoNothing();
    await notify(ctx.tx, institutions.map((institution) => ({ to: { organisationId: institution.id }, kind: 'referral', title: { zh: '转介的融资需求', en: 'A referred financing demand' }, body: { zh: `请在 ${shanghaiDateTime(claimDeadline).zh}前接单`, en: `Claim it before ${shanghaiDateTime(claimDeadline).en}` }, link: `/financing/demands/${demand.id}` })));
  }
  await ctx.audit({ action: 'financing.referral-accepted', entityType: 'financing_demand', entityId: demand.id, after: { institutionCodes: input.institutionCodes } });
  return { status, claimDeadline: claimDeadline.toISOString() };
};

/** 服务评价: the enterprise rates an institution that gave it an outcome on this demand (once). */
export const rateInstitution: UseCase<{ demandId: string; institutionCode: string; stars: number; comment?: string }, { stars: number }> = async (input, ctx) => {
  const demand = await lockOwnDemand(ctx, input.demandId);
  const institution = await findOrganisationByCode(ctx.tx, input.institutionCode);
  const [claim] = institution ? await ctx.tx.select().from(demandClaims).where(and(eq(demandClaims.demandId, demand.id), eq(demandClaims.institutionId, institution.id))) : [];
  if (!institution || !claim || (claim.status !== 'approved' && claim.status !== 'declined')) throw financingErrors('NOTHING_TO_RATE');
  const inserted = await ctx.tx
    .insert(institutionRatings)
    .values({ demandId: demand.id, institutionId: institution.id, enterpriseId: demand.enterpriseId, stars: input.stars, comment: input.comment ?? null, ratedAt: ctx.now })
    .onConflictDoNothing()
    .returning({ stars: institutionRatings.stars });
  if (inserted.length === 0) throw financingErrors('ALREADY_RATED');
  await ctx.audit({ action: 'financing.institution-rated', entityType: 'financing_demand', entityId: demand.id, after: { institutionId: institution.id, stars: input.stars } });
  return { stars: input.stars };
};
