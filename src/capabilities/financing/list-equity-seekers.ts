import { and, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { districtName, writeListWorkbook } from '../../platform/xlsx-sheet.ts';
import { findTiers, tierNames } from '../cultivation/cultivation-lookup.ts';
import { enterpriseIdsInScope, findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import { readStoredResults } from '../evaluation/evaluation-lookup.ts';
import type { EquitySeeker } from './financing.contracts.ts';
import { equityInterests, financingDemands } from './financing.tables.ts';

/**
 * 股权融资企业清单: the enterprises seeking equity now — every equity demand still waiting or being
 * handled, with the enterprise's tier and 科创指数 grade and how many investors are interested.
 * Read live, so the list is as fresh as the demands.
 */
export const listEquitySeekers: UseCase<Record<string, never>, EquitySeeker[]> = async (_input, ctx) => {
  assertCan(ctx.actor, 'financing.supervise');
  const rows = await ctx.tx
    .select()
    .from(financingDemands)
    .where(and(eq(financingDemands.kind, 'equity'), lt(financingDemands.status, 300), sql`${financingDemands.enterpriseId} in ${enterpriseIdsInScope(ctx.actor)}`))
    .orderBy(desc(financingDemands.postedAt));
  const enterpriseIds = rows.map((row) => row.enterpriseId);
  const labels = await findEnterpriseLabels(ctx.tx, enterpriseIds);
  const tiers = await findTiers(ctx.tx, enterpriseIds);
  const results = await readStoredResults(ctx.tx, enterpriseIds);
  const interests =
    rows.length === 0 ? [] : await ctx.tx.select({ demandId: equityInterests.demandId, n: count() }).from(equityInterests).where(inArray(equityInterests.demandId, rows.map((row) => row.id))).groupBy(equityInterests.demandId);
  const interestOf = new Map(interests.map((row) => [row.demandId, row.n]));
  return rows.map((row) => {
    const label = labels.get(row.enterpriseId);
    return {
      demandId: row.id,
      enterprise: { uscc: label?.uscc ?? '', name: label?.name ?? '', districtCode: label?.districtCode ?? null, industryCode: label?.industryCode ?? null },
      amountFen: row.amountFen,
      equityRound: row.equityRound,
      valuationFen: row.valuationFen,
      status: row.status,
      postedAt: row.postedAt.toISOString(),
      tierCode: tiers.get(row.enterpriseId) ?? null,
      compositeGrade: results.get(row.enterpriseId)?.find((result) => result.ruleSetFamily === 'tech-innovation-index')?.grade ?? null,
      interestedInvestors: interestOf.get(row.id) ?? 0,
    };
  });
};

/** The same list as an .xlsx workbook with Chinese headers. */
export const exportEquitySeekers: UseCase<Record<string, never>, { buffer: Buffer; rowCount: number }> = async (input, ctx) => {
  const seekers = await listEquitySeekers(input, ctx);
  const names = tierNames();
  const wan = (fen: number | null) => (fen === null ? '' : String(fen / 1_000_000));
  const buffer = await writeListWorkbook<EquitySeeker>('股权融资企业', [
    { header: '统一社会信用代码', width: 22, value: (seeker) => seeker.enterprise.uscc },
    { header: '企业名称', width: 36, value: (seeker) => seeker.enterprise.name },
    { header: '所在区县', width: 12, value: (seeker) => districtName(seeker.enterprise.districtCode) },
    { header: '行业代码', width: 10, value: (seeker) => seeker.enterprise.industryCode ?? '' },
    { header: '融资轮次', width: 10, value: (seeker) => seeker.equityRound ?? '' },
    { header: '融资金额（万元）', width: 14, value: (seeker) => wan(seeker.amountFen) },
    { header: '投前估值（万元）', width: 14, value: (seeker) => wan(seeker.valuationFen) },
    { header: '培育库分层', width: 12, value: (seeker) => (seeker.tierCode ? (names[seeker.tierCode]?.zh ?? seeker.tierCode) : '') },
    { header: '科创指数等级', width: 12, value: (seeker) => seeker.compositeGrade ?? '' },
    { header: '意向投资机构数', width: 14, value: (seeker) => String(seeker.interestedInvestors) },
    { header: '发布时间', width: 20, value: (seeker) => seeker.postedAt.slice(0, 10) },
  ], seekers);
  return { buffer, rowCount: seekers.length };
};
