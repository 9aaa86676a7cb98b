import { and, avg, count, eq, gte, inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findInstitutionProfiles, listInstitutionOrganisations } from '../organisations/organisation-lookup.ts';
import type { OrganisationType } from '../organisations/organisations.contracts.ts';
import { findLatestPolicyPack } from '../policy-packs/policy-pack-lookup.ts';
import type { InstitutionRegistry } from './financing.contracts.ts';
import { financialProducts, institutionRatings } from './financing.tables.ts';

/** Which of a pack's targets (by code) the registry's counts measure. */
const countedTargets = { new_specialised_institutions: 'specialisedInstitutions', new_products: 'newProducts' } as const;

const countSince = (dates: Array<string | null | undefined>, since: string | null) => (since === null ? 0 : dates.filter((date) => date !== null && date !== undefined && date >= since).length);

/**
 * 金融机构名录: every financial institution with its tech-finance flags and dates, its active
 * products and its service rating; with the counts of what is new since the policy took effect
 * (特色机构, 科技金融事业部, 入驻南太湖绿色金融中心, new products), which feed the pack's targets.
 */
export const listInstitutions: UseCase<{ type?: OrganisationType }, InstitutionRegistry> = async (input, ctx) => {
  assertCan(ctx.actor, 'public');
  const institutions = await listInstitutionOrganisations(ctx.tx, input.type);
  const ids = institutions.map((institution) => institution.id);
  const profiles = await findInstitutionProfiles(ctx.tx, ids);
  const productCounts =
    ids.length === 0 ? [] : await ctx.tx.select({ institutionId: financialProducts.institutionId, n: count() }).from(financialProducts).where(and(inArray(financialProducts.institutionId, ids), eq(financialProducts.status, 'active'))).groupBy(financialProducts.institutionId);
  const ratings =
    ids.length === 0 ? [] : await ctx.tx.select({ institutionId: institutionRatings.institutionId, n: count(), average: avg(institutionRatings.stars) }).from(institutionRatings).where(inArray(institutionRatings.institutionId, ids)).groupBy(institutionRatings.institutionId);
  const pack = await findLatestPolicyPack(ctx.tx, shanghaiDate(ctx.now));
  const since = pack?.summary.effectiveFrom ?? null;
  const [newProducts] = since === null ? [{ n: 0 }] : await ctx.tx.select({ n: count() }).from(financialProducts).where(and(eq(financialProducts.isNewUnderPolicy, true), gte(financialProducts.launchedOn, since)));
  const productsOf = new Map(productCounts.map((row) => [row.institutionId, row.n]));
  const ratingOf = new Map(ratings.map((row) => [row.institutionId, { count: row.n, average: row.average === null ? null : Math.round(Number(row.average) * 10) / 10 }]));
  const allProfiles = [...profiles.values()];
  const counts = {
    specialisedInstitutions: countSince(allProfiles.map((profile) => (profile.isTechFinanceSpecialised ? profile.techFinanceSpecialisedSince : null)), since),
    techFinanceDivisions: countSince(allProfiles.map((profile) => (profile.hasTechFinanceDivision ? profile.techFinanceDivisionSince : null)), since),
    settledInGreenFinanceCentre: countSince(allProfiles.map((profile) => (profile.isSettledInGreenFinanceCentre ? profile.settledInGreenFinanceCentreSince : null)), since),
    newProducts: newProducts?.n ?? 0,
  };
  const targets = (pack?.pack.targets ?? []).flatMap((target) => {
    const measured = countedTargets[target.code as keyof typeof countedTargets];
    if (!measured || target.measure !== 'new_since_effective') return [];
    return [{ counts: measured, packId: pack!.summary.id, code: target.code, name: target.name, comparator: target.comparator, value: target.value, deadline: target.deadline, clause: target.clause, achieved: counts[measured] }];
  });
  return {
    items: institutions.map((institution) => ({
      code: institution.code,
      name: institution.name,
      nameEn: institution.nameEn,
      type: institution.type,
      districtCode: institution.districtCode,
      profile: profiles.get(institution.id) ?? null,
      activeProducts: productsOf.get(institution.id) ?? 0,
      rating: ratingOf.get(institution.id) ?? { count: 0, average: null },
    })),
    sinceThePolicy: { since, ...counts, targets },
  };
};
