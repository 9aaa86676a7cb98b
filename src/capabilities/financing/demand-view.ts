import { asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { findEnterpriseLabels, type EnterpriseLabel } from '../enterprises/enterprise-lookup.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { demandStatusNames, type DemandStatus } from './demand-status.ts';
import type { ClaimSummary, DemandSummary, DemandView } from './financing.contracts.ts';
import { demandClaims, demandEvents, demandRecipients, equityInterests, institutionRatings, type financingDemands } from './financing.tables.ts';

type DemandRow = typeof financingDemands.$inferSelect;
type ClaimRow = typeof demandClaims.$inferSelect;
type DemandFields = Omit<DemandView, 'recipients' | 'claims' | 'timeline' | 'claimCount' | 'interests'>;
type EnterpriseName = Pick<EnterpriseLabel, 'uscc' | 'name' | 'districtCode'>;
const iso = (value: Date | null) => value?.toISOString() ?? null;

function demandFields(row: DemandRow, enterprise: EnterpriseName | undefined): DemandFields {
  return {
    id: row.id,
    enterprise: { uscc: enterprise?.uscc ?? '', name: enterprise?.name ?? '', districtCode: enterprise?.districtCode ?? null },
    kind: row.kind as DemandView['kind'],
    amountFen: row.amountFen,
    termMonths: row.termMonths,
    purpose: row.purpose,
    collateral: row.collateral,
    maxRateBp: row.maxRateBp,
    equityRound: row.equityRound,
    valuationFen: row.valuationFen,
    dispatchMode: row.dispatchMode as DemandView['dispatchMode'],
    claimCap: row.claimCap,
    status: row.status,
    statusName: demandStatusNames[row.status as DemandStatus] ?? { zh: String(row.status), en: String(row.status) },
    claimDeadline: iso(row.claimDeadline),
    serviceTerms: row.serviceTerms,
    postedAt: row.postedAt.toISOString(),
  };
}

/**
 * The claims on these demands, oldest first, by demand id. The list and the detail both read
 * claims here, so a listed demand never shows more (or other) claims than its detail.
 */
export async function findClaimsByDemand(tx: Transaction, demandIds: string[]): Promise<Map<string, ClaimRow[]>> {
  const byDemand = new Map(demandIds.map((id) => [id, [] as ClaimRow[]]));
  if (demandIds.length === 0) return byDemand;
  const rows = await tx.select().from(demandClaims).where(inArray(demandClaims.demandId, demandIds)).orderBy(asc(demandClaims.claimedAt), asc(demandClaims.id));
  for (const row of rows) byDemand.get(row.demandId)?.push(row);
  return byDemand;
}

/** The claims a reader may see (claimsReadableOnlyBy): all, or one institution's own. */
const readableClaims = (claims: ClaimRow[], onlyInstitutionId: string | undefined) => (onlyInstitutionId === undefined ? claims : claims.filter((claim) => claim.institutionId === onlyInstitutionId));

/** A demand as the lists show it, with its claims in brief (institutions by id, for their names). */
export function toDemandSummary(row: DemandRow, enterprise: EnterpriseName | undefined, claims: ClaimRow[], institutions: ReadonlyMap<string, { name: string }>, onlyInstitutionId: string | undefined): DemandSummary {
  const brief = (claim: ClaimRow): ClaimSummary => ({
    id: claim.id,
    institution: { id: claim.institutionId, name: institutions.get(claim.institutionId)?.name ?? '' },
    status: claim.status,
    contactDeadline: iso(claim.contactDeadline),
    decisionDeadline: iso(claim.decisionDeadline),
    declineReason: claim.declineReason,
    declineText: claim.declineText,
  });
  return { ...demandFields(row, enterprise), claimCount: claims.length, claims: readableClaims(claims, onlyInstitutionId).map(brief) };
}

/**
 * The whole demand: recipients, every claim with its deadlines, outcome and — when the reader
 * may see it (mayReadRatings) — the enterprise's rating, and the timeline. An institution
 * (onlyInstitutionId) sees itself among the recipients, its own claims, and the other
 * institutions' steps in the timeline without who took them or their details; on an equity demand,
 * every investor's interest, or an institution only its own.
 */
export async function buildDemandView(tx: Transaction, row: DemandRow, options: { isRatingShown: boolean; onlyInstitutionId: string | undefined }): Promise<DemandView> {
  const only = options.onlyInstitutionId;
  const allRecipients = await tx.select().from(demandRecipients).where(eq(demandRecipients.demandId, row.id));
  const recipients = only === undefined ? allRecipients : allRecipients.filter((entry) => entry.institutionId === only);
  const allClaims = (await findClaimsByDemand(tx, [row.id])).get(row.id) ?? [];
  const claims = readableClaims(allClaims, only);
  const events = await tx.select().from(demandEvents).where(eq(demandEvents.demandId, row.id)).orderBy(asc(demandEvents.id));
  const timeline = only === undefined ? events : events.map((entry) => (isOwnOrNeutralEvent(entry, claims, only) ? entry : { ...entry, actorLabel: anotherInstitution, details: null }));
  const enterprises = await findEnterpriseLabels(tx, [row.enterpriseId]);
  const ratings = options.isRatingShown ? await tx.select().from(institutionRatings).where(eq(institutionRatings.demandId, row.id)) : [];
  const ratingOf = new Map(ratings.map((rating) => [rating.institutionId, { stars: rating.stars, comment: rating.comment, ratedAt: rating.ratedAt.toISOString() }]));
  const allInterests = row.kind === 'equity' ? await tx.select().from(equityInterests).where(eq(equityInterests.demandId, row.id)).orderBy(asc(equityInterests.expressedAt)) : [];
  const interests = only === undefined ? allInterests : allInterests.filter((entry) => entry.institutionId === only);
  const institutions = await findOrganisationsByIds(tx, [...recipients.map((entry) => entry.institutionId), ...claims.map((claim) => claim.institutionId), ...interests.map((entry) => entry.institutionId)]);
  const label = (id: string) => ({ id, code: institutions.get(id)?.code ?? '', name: institutions.get(id)?.name ?? '' });
  return {
    ...demandFields(row, enterprises.get(row.enterpriseId)),
    claimCount: allClaims.length,
    recipients: recipients.map((entry) => ({ ...label(entry.institutionId), reason: entry.reason })),
    claims: claims.map((claim) => ({
      id: claim.id,
      institution: label(claim.institutionId),
      status: claim.status,
      claimedAt: claim.claimedAt.toISOString(),
      contactDeadline: iso(claim.contactDeadline),
      decisionDeadline: iso(claim.decisionDeadline),
      contactedAt: iso(claim.contactedAt),
      decidedAt: iso(claim.decidedAt),
      approval: claim.approval ?? null,
      declineReason: claim.declineReason,
      declineText: claim.declineText,
      rating: ratingOf.get(claim.institutionId) ?? null,
    })),
    timeline: timeline.map((entry) => ({ event: entry.event, fromStatus: entry.fromStatus, toStatus: entry.toStatus, actor: entry.actorLabel, at: entry.at.toISOString(), details: entry.details ?? null })),
    interests: interests.map((entry) => ({ institution: label(entry.institutionId), note: entry.note, expressedAt: entry.expressedAt.toISOString() })),
  };
}

const anotherInstitution = '其他机构 / another institution';
type EventRow = typeof demandEvents.$inferSelect;

/** Whether an institution may read an event as recorded: its own claim's, or one no institution took (posted, re-opened, timed out, withdrawn). */
function isOwnOrNeutralEvent(entry: EventRow, ownClaims: ClaimRow[], institutionId: string): boolean {
  if (entry.claimId !== null) return ownClaims.some((claim) => claim.id === entry.claimId);
  if (entry.event === 'interest_expressed') return (entry.details as { institutionId?: string } | null)?.institutionId === institutionId;
  return entry.event !== 'referral_accepted';
}
