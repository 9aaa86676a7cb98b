import type { DesignContext } from './design-high-tech-archetypes.ts';
import { factDesign, wanFen, type EnterpriseDesign, type IpDesign, type Range } from './enterprise-design.ts';
import type { Random } from './seeded-random.ts';

const audited = 'audited' as const;

function wan(amount: number): number {
  return Math.round(amount) * wanFen;
}

export function designOrdinary(random: Random, context: DesignContext): EnterpriseDesign {
  const employees = Math.round(random.logBetween(3, 600));
  const isMicro = employees < 20;
  return {
    isTechOriented: false,
    foundedYears: [2005, context.lastYear],
    suffix: employees > 300 && random.chance(0.1) ? '股份有限公司' : '有限公司',
    taxCollectionMethod: random.chance(isMicro ? 0.12 : 0.03) ? 'assessed' : 'audited',
    facts: factDesign({
      latestEmployees: employees,
      latestRevenueFen: Math.round(employees * random.logBetween(12, 120) * wanFen),
      staff: { kind: 'share', share: [0, 0.12], rounding: 'round' },
      rnd: { kind: 'share', share: random.chance(0.6) ? random.between(0.003, 0.025) : 0, noise: 0.002 },
      highTechShare: random.chance(0.3) ? [0.05, 0.3] : [0, 0],
      insolvencyChance: 0.02,
    }),
    ip: { classOne: random.chance(0.15) ? random.integer(1, 2) : 0, classTwo: random.chance(0.5) ? random.integer(1, 8) : 0, standardsLed: 0, achievementsPerYear: [0, 1] },
    qualifications: [],
    techSmeChance: 0,
    intent: '一般企业',
  };
}

export function designTechSmeClear(random: Random, context: DesignContext): EnterpriseDesign {
  const employees = Math.round(random.logBetween(12, 300));
  const hasClassOne = random.chance(0.6);
  return {
    isTechOriented: true,
    foundedYears: [2008, context.lastYear - 1],
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: factDesign({
      latestEmployees: employees,
      latestRevenueFen: Math.min(wan(employees * random.logBetween(20, 80)), 10_000 * wanFen),
      // ≥ 20% tech staff (≥ 12 points) and R&D ≥ 5.2% of sales (≥ 40 points): with ≥ 4 Ⅱ类 (24) at least 76.
      staff: { kind: 'share', share: [0.22, 0.5], rounding: 'ceil' },
      rnd: { kind: 'share', share: random.between(0.053, 0.09), noise: 0.001 },
      highTechShare: [0.15, 0.5],
      revenueGrowth: [1, 1.3],
      maximumAssetsFen: 15_000 * wanFen,
    }),
    ip: {
      classOne: hasClassOne ? random.integer(1, 3) : 0,
      classTwo: hasClassOne ? random.integer(2, 10) : random.integer(4, 12),
      standardsLed: 0,
      achievementsPerYear: [1, 4],
      institutionLevel: random.chance(0.3) ? 'municipal' : undefined,
    },
    qualifications: [],
    techSmeChance: 1,
    intent: '科小评分 ≥ 76（科技人员 ≥ 20%、研发占比 ≥ 5.2%、知识产权 ≥ 24 分）',
  };
}

/** 115号 第七条 points → the ratio or holdings that earn them, kept clear of every band edge. */
const staffShareForPoints: Record<number, Range> = { 20: [0.32, 0.45], 16: [0.26, 0.26], 12: [0.21, 0.21], 8: [0.16, 0.16], 4: [0.11, 0.11] };
const rndShareForPoints: Record<number, Range> = { 50: [0.065, 0.09], 40: [0.053, 0.058], 30: [0.043, 0.048], 20: [0.033, 0.038], 10: [0.023, 0.028], 0: [0.005, 0.015] };

function ipForPoints(random: Random, points: number): IpDesign {
  const classTwoForPoints: Record<number, number> = { 24: random.integer(4, 9), 18: 3, 12: 2, 6: 1, 0: 0 };
  return points === 30
    ? { classOne: random.integer(1, 2), classTwo: random.integer(0, 6), standardsLed: 0, achievementsPerYear: [0, 3] }
    : { classOne: 0, classTwo: classTwoForPoints[points] ?? 0, standardsLed: 0, achievementsPerYear: [0, 3] };
}

/** [tech staff, R&D, IP] points: totals of exactly 60, and totals just short of it. */
const exactlySixty: Array<readonly [number, number, number]> = [[12, 30, 18], [8, 40, 12], [16, 20, 24], [20, 10, 30], [4, 50, 6]];
const shortOfSixty: Array<readonly [number, number, number]> = [[8, 30, 18], [12, 30, 12], [4, 40, 12], [16, 20, 18], [12, 40, 6]];

/**
 * A 科小 candidate whose 115号 score is fixed by design. Headcount ≥ 40 keeps a ceil-rounded staff
 * share inside its band; R&D ÷ costs stays under 10%, so the sales ratio decides the R&D points.
 * No direct route (第八条) is open: no 高企, no provincial institution, no standard led.
 */
function designTechSmeScore(random: Random, context: DesignContext, isExactlySixty: boolean): EnterpriseDesign {
  const [staffPoints, rndPoints, ipPoints] = random.pick(isExactlySixty ? exactlySixty : shortOfSixty);
  const employees = random.integer(40, 250);
  const rndShare = rndShareForPoints[rndPoints]!;
  const total = staffPoints + rndPoints + ipPoints;
  return {
    isTechOriented: true,
    foundedYears: [2008, context.lastYear - 1],
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: factDesign({
      latestEmployees: employees,
      latestRevenueFen: Math.min(wan(employees * random.between(25, 60)), 8_000 * wanFen),
      staff: { kind: 'share', share: staffShareForPoints[staffPoints]!, rounding: 'ceil' },
      rnd: { kind: 'share', share: random.between(rndShare[0], rndShare[1]), noise: 0 },
      highTechShare: [0.1, 0.4],
      maximumAssetsFen: 12_000 * wanFen,
    }),
    ip: { ...ipForPoints(random, ipPoints), institutionLevel: random.chance(0.3) ? 'municipal' : undefined },
    qualifications: [],
    techSmeChance: isExactlySixty ? 1 : 0,
    intent: `科小评分 ${staffPoints}+${rndPoints}+${ipPoints} = ${total}${isExactlySixty ? '（恰好 60 分 → 符合）' : ' < 60'}`,
  };
}

export function designTechSmeBoundary(random: Random, context: DesignContext): EnterpriseDesign {
  return designTechSmeScore(random, context, true);
}

export function designTechSmeMiss(random: Random, context: DesignContext): EnterpriseDesign {
  return designTechSmeScore(random, context, false);
}

/** Meets the 63号 附件1 score route with room: R&D ≥ 5%, a Ⅰ类 patent, 主营 growth ≥ 15%, 资产负债率 ≤ 55%, 主营 ≥ 80%. */
export function designInnovative(random: Random, context: DesignContext): EnterpriseDesign {
  const employees = Math.round(random.logBetween(20, 300));
  return {
    isTechOriented: true,
    foundedYears: [2008, context.lastYear - 2],
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: factDesign({
      latestEmployees: employees,
      latestRevenueFen: wan(employees * random.between(30, 100)),
      staff: { kind: 'share', share: [0.15, 0.4], rounding: 'ceil' },
      rnd: { kind: 'share', share: random.between(0.055, 0.1), noise: 0.002 },
      highTechShare: [0.3, 0.85],
      mainBusinessShare: [0.8, 0.97],
      revenueGrowth: [1.05, 1.3],
      latestRevenueGrowth: [1.2, 1.45],
      liabilityRatio: [0.2, 0.5],
    }),
    ip: { classOne: random.integer(1, 6), classTwo: random.integer(3, 20), standardsLed: 0, achievementsPerYear: [1, 5], institutionLevel: random.chance(0.5) ? 'municipal' : undefined },
    qualifications: ['innovative_sme'],
    techSmeChance: 0.3,
    intent: '创新型中小企业（评价得分路径）',
  };
}

/** A young firm founded by a programme-selected entrepreneur: few staff, heavy R&D, often pre-profit. */
export function designTalent(random: Random, context: DesignContext): EnterpriseDesign {
  const isEarlyStage = random.chance(0.4);
  return {
    isTechOriented: true,
    foundedYears: [Math.min(2012, context.lastYear - 1), context.lastYear - 1],
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: factDesign({
      latestEmployees: isEarlyStage ? random.integer(8, 40) : random.integer(25, 150),
      latestRevenueFen: wan(isEarlyStage ? random.logBetween(50, 800) : random.logBetween(800, 8_000)),
      staff: { kind: 'share', share: [0.35, 0.8], rounding: 'ceil' },
      rnd: { kind: 'share', share: isEarlyStage ? random.between(0.25, 0.6) : random.between(0.08, 0.25), noise: 0.01 },
      highTechShare: [0.3, 0.9],
      costRatio: isEarlyStage ? [1.1, 1.8] : [0.95, 1.2],
      assetsToRevenue: [0.8, 2.5],
      minimumAssetsFen: wan(random.between(300, 3_000)),
      maximumAssetsFen: 15_000 * wanFen,
      revenueGrowth: [1.1, 1.8],
      employeeGrowth: [1.05, 1.35],
      equityRaisedChance: 0.25,
      equityRaisedFen: [500 * wanFen, 5_000 * wanFen],
    }),
    ip: {
      classOne: random.chance(0.6) ? random.integer(1, 4) : 0,
      classTwo: random.integer(1, 12),
      standardsLed: 0,
      achievementsPerYear: [0, 3],
      institutionLevel: random.chance(0.3) ? 'municipal' : undefined,
    },
    qualifications: ['talent_enterprise'],
    techSmeChance: 0.6,
    talentLevel: random.pickWeighted(['A', 'B', 'C', 'D'] as const, (level) => ({ A: 5, B: 20, C: 40, D: 35 })[level]),
    intent: '人才企业（南太湖精英计划）',
  };
}
