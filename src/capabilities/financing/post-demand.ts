import { shanghaiDate, shanghaiDateTime } from '../../platform/calendar-date.ts';
import { hasActiveConsent } from '../consent/consent-lookup.ts';
import { assertCan, actorLabel } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { addWorkingDays } from '../calendar/calendar-lookup.ts';
import { findOrganisationByCode } from '../organisations/organisation-lookup.ts';
import { institutionTypes } from '../organisations/organisations.contracts.ts';
import { notify } from '../notifications/notify.ts';
import { demandStatuses } from './demand-status.ts';
import { demandKindNames } from './financing-kinds.ts';
import type { PostDemandInput, ProductMatch } from './financing.contracts.ts';
import { financingErrors } from './financing.errors.ts';
import { demandEvents, demandRecipients, financingDemands } from './financing.tables.ts';
import { matchActiveProducts, ownEligibilityFacts } from './match-demand.ts';
import { findServiceTerms } from './service-deadlines.ts';


/**
 * 发布融资需求: the enterprise posts a demand for its own enterprise, addressed to institutions it
 * chose or open to every eligible one (up to the claim cap). The claim deadline counts working days;
 * the institutions are told in the same transaction.
 */
export const postDemand: UseCase<PostDemandInput, { demandId: string; matches: ProductMatch[] }> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.demand');
  if (ctx.actor.kind !== 'user') throw financingErrors('NO_ENTERPRISE_RECORD');
  const { enterpriseId, facts } = await ownEligibilityFacts(ctx.tx, ctx.actor.organisationId, ctx.now);
  const chosen = [];
  for (const code of new Set(input.institutionCodes)) {
    const institution = await findOrganisationByCode(ctx.tx, code);
    if (!institution || !institutionTypes.includes(institution.type)) throw financingErrors('NOT_AN_INSTITUTION', { code });
    chosen.push(institution);
  }
  const terms = { kind: input.kind, amountFen: input.amountFen, termMonths: input.termMonths ?? null, maxRateBp: input.maxRateBp ?? null };
  const matches = await matchActiveProducts(ctx.tx, terms, facts);
  const serviceTerms = await findServiceTerms(ctx.tx, ctx.now);
  const claimDeadline = await addWorkingDays(ctx.tx, ctx.now, serviceTerms.claimWorkingDays);
  const demandId = newId('dmd');
  await ctx.tx.insert(financingDemands).values({
    id: demandId,
    enterpriseId,
    kind: input.kind,
    amountFen: input.amountFen,
    termMonths: input.termMonths ?? null,
    purpose: input.purpose,
    collateral: input.collateral,
    maxRateBp: input.maxRateBp ?? null,
    equityRound: input.equityRound ?? null,
    valuationFen: input.valuationFen ?? null,
    dispatchMode: input.dispatchMode,
    claimCap: input.dispatchMode === 'chosen' ? Math.min(input.claimCap, chosen.length) : input.claimCap,
    status: demandStatuses.open,
    claimDeadline,
    serviceTerms,
    postedAt: ctx.now,
    createdByUserId: ctx.actor.userId,
  });
  if (chosen.length > 0) await ctx.tx.insert(demandRecipients).values(chosen.map((institution) => ({ demandId, institutionId: institution.id, reason: 'dispatch' })));
  await ctx.tx.insert(demandEvents).values({ demandId, event: 'posted', fromStatus: null, toStatus: demandStatuses.open, actorLabel: actorLabel(ctx.actor), details: { dispatchMode: input.dispatchMode, claimDeadline: claimDeadline.toISOString() }, at: ctx.now });

  const eligible = [...new Set(matches.filter((match) => match.isEligible).map((match) => match.product.institution.id))];
  // An open equity demand is for the investors the enterprise consented to (demand-access.ts): only they are told.
  const consented = [];
  if (input.kind === 'equity') for (const institutionId of eligible) if (await hasActiveConsent(ctx.tx, enterpriseId, institutionId, shanghaiDate(ctx.now))) consented.push(institutionId);
  const recipients = input.dispatchMode === 'chosen' ? chosen.map((institution) => institution.id) : input.kind === 'equity' ? consented : eligible;
  const amount = `${input.amountFen / 1_000_000}万元`;
  await notify(
    ctx.tx,
    recipients.map((institutionId) => ({
      to: { organisationId: institutionId },
      kind: 'demand_posted',
      title: { zh: `新的${demandKindNames[input.kind].zh}需求：${amount}`, en: `New ${input.kind} demand: ${amount}` },
      body: { zh: `请在 ${shanghaiDateTime(claimDeadline).zh}前接单`, en: `Claim it before ${shanghaiDateTime(claimDeadline).en}` },
      link: `/financing/demands/${demandId}`,
    })),
  );
  await ctx.audit({ action: 'financing.demand-posted', entityType: 'financing_demand', entityId: demandId, after: { ...input, enterpriseId, claimDeadline } });
  return { demandId, matches };
};

