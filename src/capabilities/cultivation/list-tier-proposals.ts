import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { enterpriseIdsInScope, findEnterpriseLabels, type EnterpriseLabel } from '../enterprises/enterprise-lookup.ts';
import type { ListProposalsInput, ProposalView } from './cultivation.contracts.ts';
import { cultivationProposals } from './cultivation.tables.ts';

export function toProposalView(row: typeof cultivationProposals.$inferSelect, enterprise: EnterpriseLabel | undefined): ProposalView {
  return {
    id: row.id,
    enterprise: { uscc: enterprise?.uscc ?? '', name: enterprise?.name ?? '', districtCode: enterprise?.districtCode ?? null, industryCode: enterprise?.industryCode ?? null },
    fromTier: row.fromTier,
    toTier: row.toTier,
    reasons: row.reasons,
    status: row.status as ProposalView['status'],
    tierSetVersion: row.tierSetVersion,
    proposedAt: row.proposedAt.toISOString(),
    decidedTier: row.decidedTier,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** 调整建议: proposals by status (pending first of all), within the actor's scope. */
export const listTierProposals: UseCase<ListProposalsInput, Page<ProposalView>> = async (input, ctx) => {
  assertCan(ctx.actor, 'cultivation.read');
  const where = and(eq(cultivationProposals.status, input.status), sql`${cultivationProposals.enterpriseId} in ${enterpriseIdsInScope(ctx.actor, { districtCode: input.districtCode })}`);
  const { rows, total } = await selectPage(ctx.tx, cultivationProposals, where, [desc(cultivationProposals.proposedAt), desc(cultivationProposals.id)], input);
  const labels = await findEnterpriseLabels(ctx.tx, rows.map((row) => row.enterpriseId));
  return { items: rows.map((row) => toProposalView(row, labels.get(row.enterpriseId))), total, page: input.page, pageSize: input.pageSize };
};
