import { asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { demandStatusNames, type DemandStatus } from './demand-status.ts';
import type { DemandSummary, DemandView } from './financing.contracts.ts';
import { demandClaims, demandEvents, demandRecipients, type financingDemands } from './financing.tables.ts';

type DemandRow = typeof financingDemands.$inferSelect;
const iso = (value: Date | null) => value?.toISOString() ?? null;

export function toDemandSummary(row: DemandRow, enterprise: { uscc: string; name: string; districtCode: string | null } | undefined, claimCount: number): DemandSummary {
  return {
    id: row.id,
    enterprise: { uscc: enterprise?.uscc ?? '', name: enterprise?.name ?? '', districtCode: enterprise?.districtCode ?? null },
    kind: row.kind as DemandSummary['kind'],
    amountFen: row.amountFen,
    termMonths: row.termMonths,
    purpose: row.purpose,
    collateral: row.collateral,
    maxRateBp: row.maxRateBp,
    equityRound: row.equityRound,
    valuationFen: row.valuationFen,
    dispatchMode: row.dispatchMode as DemandSummary['dispatchMode'],
    claimCap: row.claimCap,
    status: row.status,
    statusName: demandStatusNames[row.status as DemandStatus] ?? { zh: String(row.status), en: String(row.status) },
    claimDeadline: iso(row.claimDeadline),
    postedAt: row.postedAt.toISOString(),
    claimCount,
  };
}

/** The whole demand: recipients, every claim with its deadlines and outcome, and the timeline. */
export async function buildDemandView(tx: Transaction, row: DemandRow): Promise<DemandView> {
  const [recipients, claims, timeline, enterprises] = await Promise.all([
    tx.select().from(demandRecipients).where(eq(demandRecipients.demandId, row.id)),
    tx.select().from(demandClaims).where(eq(demandClaims.demandId, row.id)).orderBy(asc(demandClaims.claimedAt)),
    tx.select().from(demandEvents).where(eq(demandEvents.demandId, row.id)).orderBy(asc(demandEvents.id)),
    findEnterpriseLabels(tx, [row.enterpriseId]),
  ]);
  const institutions = await findOrganisationsByIds(tx, [...recipients.map((entry) => entry.institutionId), ...claims.map((claim) => claim.institutionId)]);
  const label = (id: string) => ({ id, code: institutions.get(id)?.code ?? '', name: institutions.get(id)?.name ?? '' });
  const { claimCount: _count, ...summary } = toDemandSummary(row, enterprises.get(row.enterpriseId), claims.length);
  return {
    ...summary,
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
    })),
    timeline: timeline.map((entry) => ({ event: entry.event, fromStatus: entry.fromStatus, toStatus: entry.toStatus, actor: entry.actorLabel, at: entry.at.toISOString(), details: entry.details ?? null })),
  };
}
