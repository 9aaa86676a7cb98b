import { and, asc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { enterpriseIdsInScope, findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import type { ListMembersInput, MemberView, TierSetView } from './cultivation.contracts.ts';
import { cultivationMemberships } from './cultivation.tables.ts';
import { tierSetInUse } from './load-tier-set.ts';

/** 在库企业: members per tier and district, within the actor's scope. */
export const listTierMembers: UseCase<ListMembersInput, Page<MemberView>> = async (input, ctx) => {
  assertCan(ctx.actor, 'cultivation.read');
  const where = and(
    input.tierCode ? eq(cultivationMemberships.tierCode, input.tierCode) : undefined,
    sql`${cultivationMemberships.enterpriseId} in ${enterpriseIdsInScope(ctx.actor, { districtCode: input.districtCode })}`,
  );
  const { rows, total } = await selectPage(ctx.tx, cultivationMemberships, where, [asc(cultivationMemberships.tierCode), asc(cultivationMemberships.enterpriseId)], input);
  const labels = await findEnterpriseLabels(ctx.tx, rows.map((row) => row.enterpriseId));
  const items = rows.map((row) => {
    const label = labels.get(row.enterpriseId);
    return { uscc: label?.uscc ?? '', name: label?.name ?? '', districtCode: label?.districtCode ?? null, industryCode: label?.industryCode ?? null, tierCode: row.tierCode, since: row.since };
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
};

/** 分层规则: the tiers in use with their member counts (in the actor's scope). */
export const getTierSet: UseCase<Record<string, never>, TierSetView> = async (_input, ctx) => {
  assertCan(ctx.actor, 'cultivation.read');
  const tierSet = tierSetInUse();
  const counts = await ctx.tx
    .select({ tierCode: cultivationMemberships.tierCode, members: sql<number>`count(*)::int` })
    .from(cultivationMemberships)
    .where(sql`${cultivationMemberships.enterpriseId} in ${enterpriseIdsInScope(ctx.actor)}`)
    .groupBy(cultivationMemberships.tierCode);
  const countOf = new Map(counts.map((row) => [row.tierCode, row.members]));
  return {
    id: tierSet.id,
    version: tierSet.version,
    name: tierSet.name,
    clause: tierSet.clause,
    isOfficial: tierSet.isOfficial,
    tiers: tierSet.tiers.map((tier) => ({ code: tier.code, rank: tier.rank, name: tier.name, description: tier.description, memberCount: countOf.get(tier.code) ?? 0 })),
  };
};
