import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { Transaction } from '../../platform/db/database.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { readRegistryFactsInScope } from '../enterprises/enterprise-facts-lookup.ts';
import { analyseGaps } from './analyse-gaps.ts';
import { evaluate } from './evaluate.ts';
import type { Portrait, StoredResult } from './evaluation.contracts.ts';
import { evaluationResults } from './evaluation.tables.ts';
import { bundledRuleSets, ruleSetsInForce } from './list-rule-sets.ts';
import { compositeDimensions } from './portrait-dimensions.ts';
import { factsFromRegistry } from './registry-facts.ts';

const compositeFamily = 'tech-innovation-index';

/** Where an enterprise's composite total stands among its peers: the share of peers scoring lower, in %. */
async function percentileAmong(tx: Transaction, total: number, peerCondition: ReturnType<typeof sql>): Promise<{ peers: number; percentile: number | null }> {
  const [row] = await tx
    .select({ peers: sql<number>`count(*)::int`, below: sql<number>`count(*) filter (where ${evaluationResults.totalLow} < ${total})::int` })
    .from(evaluationResults)
    .where(and(eq(evaluationResults.ruleSetFamily, compositeFamily), peerCondition));
  const peers = row?.peers ?? 0;
  return { peers, percentile: peers === 0 ? null : Math.round(((row?.below ?? 0) / peers) * 1000) / 10 };
}

/** 全景画像: qualifications, each rule set's result with its breakdown and gaps, the composite's radar and percentiles. */
export const getEnterprisePortrait: UseCase<{ uscc: string }, Portrait> = async (input, ctx) => {
  assertCan(ctx.actor, 'evaluation.read');
  const record = await readRegistryFactsInScope(ctx.tx, ctx.actor, input.uscc);
  const today = shanghaiDate(ctx.now);
  const { enterprise } = record;
  const ruleSetsById = new Map(bundledRuleSets().map((ruleSet) => [ruleSet.id, ruleSet]));

  const stored = await ctx.tx.select().from(evaluationResults).where(eq(evaluationResults.enterpriseId, enterprise.id)).orderBy(evaluationResults.ruleSetFamily);
  let results: StoredResult[];
  if (stored.length > 0) {
    results = stored.map((row) => {
      const ruleSet = ruleSetsById.get(row.ruleSetId);
      return {
        ruleSetId: row.ruleSetId,
        ruleSetFamily: row.ruleSetFamily,
        ruleSetVersion: row.ruleSetVersion,
        name: ruleSet?.name ?? { zh: row.ruleSetId, en: row.ruleSetId },
        isOfficial: ruleSet?.isOfficial ?? false,
        needsOfficialCheck: ruleSet?.needsOfficialCheck ?? true,
        asOf: row.asOf,
        status: row.status as StoredResult['status'],
        totalLow: row.totalLow,
        totalHigh: row.totalHigh,
        grade: row.grade,
        evaluatedAt: row.evaluatedAt.toISOString(),
        result: row.result,
        gaps: row.gaps,
      };
    });
  } else {
    // Never evaluated yet (e.g. just imported): computed now, shown as such, not stored by a read.
    const facts = factsFromRegistry(record, today);
    results = ruleSetsInForce(today).map((ruleSet) => {
      const result = evaluate(ruleSet, facts);
      return {
        ruleSetId: ruleSet.id,
        ruleSetFamily: ruleSet.family,
        ruleSetVersion: ruleSet.version,
        name: ruleSet.name,
        isOfficial: ruleSet.isOfficial,
        needsOfficialCheck: ruleSet.needsOfficialCheck,
        asOf: today,
        status: result.status,
        totalLow: result.totalRange?.[0] ?? null,
        totalHigh: result.totalRange?.[1] ?? null,
        grade: result.grade ?? null,
        evaluatedAt: null,
        result,
        gaps: result.status === 'pass' ? null : analyseGaps(ruleSet, facts, result),
      };
    });
  }

  const compositeResult = results.find((entry) => entry.ruleSetFamily === compositeFamily);
  const compositeRuleSet = compositeResult ? ruleSetsById.get(compositeResult.ruleSetId) : undefined;
  let composite: Portrait['composite'] = null;
  if (compositeResult && compositeRuleSet) {
    const total = compositeResult.totalLow;
    const industryGroup = enterprise.industryCode ? enterprise.industryCode.slice(0, 3) : null;
    const canRank = total !== null && stored.length > 0;
    const inDistrict = canRank && enterprise.districtCode ? await percentileAmong(ctx.tx, total, sql`${evaluationResults.districtCode} = ${enterprise.districtCode}`) : { peers: 0, percentile: null };
    const inIndustry = canRank && industryGroup ? await percentileAmong(ctx.tx, total, sql`left(${evaluationResults.industryCode}, 3) = ${industryGroup}`) : { peers: 0, percentile: null };
    composite = {
      ruleSetId: compositeResult.ruleSetId,
      total,
      grade: compositeResult.grade,
      dimensions: compositeDimensions(compositeRuleSet, compositeResult.result),
      inDistrict: { peerGroup: enterprise.districtCode, ...inDistrict },
      inIndustry: { peerGroup: industryGroup, ...inIndustry },
    };
  }

  return {
    enterprise: {
      id: enterprise.id,
      uscc: enterprise.uscc,
      name: enterprise.name,
      districtCode: enterprise.districtCode,
      industryCode: enterprise.industryCode,
      foundedOn: enterprise.foundedOn,
      sizeClass: enterprise.sizeClass,
    },
    qualifications: record.qualifications.map((row) => ({
      kind: row.kind,
      certificateNumber: row.certificateNumber,
      validFrom: row.validFrom,
      validTo: row.validTo,
      programme: row.programme,
      level: row.level,
      isValid: !row.isRevoked && (row.validFrom === null || row.validFrom <= today) && (row.validTo === null || today <= row.validTo),
    })),
    isStored: stored.length > 0,
    results,
    composite,
    financing: { isAvailable: false },
    subsidies: { isAvailable: false },
  };
};
