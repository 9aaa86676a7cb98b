import { factDesign, hnteRndThresholdPercent, wanFen, type EnterpriseDesign, type FactDesign } from './enterprise-design.ts';
import type { Random } from './seeded-random.ts';

export interface DesignContext {
  /** The first of the (up to) three years 高企 R&D is summed over. */
  firstWindowYear: number;
  lastYear: number;
}

const audited = 'audited' as const;

/**
 * A firm meeting every computable 高企 condition of standards.md §2.2 with margin: tech staff ≥ 15%
 * (needs 10%), R&D 1–3 points above its band's threshold, ≥ 85% of R&D spent in China (needs 60%),
 * ≥ 68% high-tech revenue (needs 60%). Overrides make the near-miss and boundary variants.
 */
function highTechFacts(random: Random, latestEmployees: number, latestRevenueFen: number, overrides: Partial<FactDesign> = {}): FactDesign {
  const threshold = hnteRndThresholdPercent(latestRevenueFen);
  return factDesign({
    latestEmployees,
    latestRevenueFen,
    staff: { kind: 'share', share: [0.15, 0.45], rounding: 'ceil' },
    rnd: { kind: 'share', share: (threshold + random.between(1, 3)) / 100, noise: 0.0015 },
    rndDomesticShare: [0.85, 1],
    highTechShare: [0.68, 0.92],
    mainBusinessShare: [0.86, 0.99],
    revenueGrowth: [1.03, 1.3],
    employeeGrowth: [1, 1.12],
    liabilityRatio: [0.2, 0.6],
    ...overrides,
  });
}

function wan(amount: number): number {
  return Math.round(amount) * wanFen;
}

function headcount(revenueFen: number, revenuePerEmployeeWan: number, minimum = 10): number {
  return Math.max(minimum, Math.round(revenueFen / (revenuePerEmployeeWan * wanFen)));
}

function established(context: DesignContext, latest = context.firstWindowYear - 1): readonly [number, number] {
  return [2005, Math.min(latest, context.firstWindowYear - 1)];
}

export function designHighTechClear(random: Random, context: DesignContext): EnterpriseDesign {
  const employees = Math.round(random.logBetween(25, 800));
  const revenue = wan(employees * random.logBetween(30, 140));
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: employees > 300 && random.chance(0.3) ? '股份有限公司' : '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, employees, revenue),
    ip: {
      classOne: random.integer(1, 12),
      classTwo: random.integer(5, 40),
      standardsLed: random.chance(0.1) ? 1 : 0,
      achievementsPerYear: [2, 8],
      institutionLevel: random.pick([undefined, 'municipal', 'municipal', 'provincial'] as const),
      awardLevel: random.chance(0.1) ? 'municipal' : undefined,
    },
    qualifications: ['high_tech_enterprise'],
    techSmeChance: 0.5,
    intent: '高企各项可计算条件均有余量',
  };
}

export function designHighTechMissRnd(random: Random, context: DesignContext): EnterpriseDesign {
  const isMiddleBand = random.chance(0.7);
  const revenue = wan(isMiddleBand ? random.logBetween(6_000, 18_000) : random.logBetween(1_500, 4_500));
  const threshold = hnteRndThresholdPercent(revenue);
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, headcount(revenue, random.between(40, 100)), revenue, {
      staff: { kind: 'share', share: [0.2, 0.4], rounding: 'ceil' },
      rnd: { kind: 'share', share: (threshold - random.between(0.3, 0.6)) / 100, noise: 0.001 },
    }),
    ip: { classOne: random.integer(1, 5), classTwo: random.integer(5, 20), standardsLed: 0, achievementsPerYear: [1, 5], institutionLevel: random.pick([undefined, 'municipal'] as const) },
    qualifications: [],
    techSmeChance: 1,
    intent: `研发费用占比低于 ${threshold}% 门槛 0.2–0.7 个百分点`,
  };
}

export function designHighTechMissStaff(random: Random, context: DesignContext): EnterpriseDesign {
  const employees = random.integer(150, 380);
  const revenue = Math.min(wan(employees * random.between(25, 60)), 15_000 * wanFen);
  const threshold = hnteRndThresholdPercent(revenue);
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, employees, revenue, {
      staff: { kind: 'just_below_tenth' },
      minimumEmployees: 100,
      // R&D ≥ 6% and a Ⅰ类 patent: 科小 50 + 30 points, refused all the same for 0 tech-staff points.
      rnd: { kind: 'share', share: (Math.max(6, threshold + 1) + random.between(0.5, 2)) / 100, noise: 0.0015 },
      maximumAssetsFen: 18_000 * wanFen,
    }),
    ip: { classOne: random.integer(1, 4), classTwo: random.integer(3, 15), standardsLed: 0, achievementsPerYear: [1, 4], institutionLevel: random.pick([undefined, 'municipal'] as const) },
    qualifications: [],
    techSmeChance: 0,
    intent: '科技人员占比略低于 10%：高企不符合，科小科技人员指标 0 分（总分虽 ≥ 60 仍不能入库）',
  };
}

export function designHighTechBoundaryStaff(random: Random, context: DesignContext): EnterpriseDesign {
  const employees = 10 * random.integer(5, 80);
  const revenue = wan(employees * random.between(30, 120));
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, employees, revenue, { staff: { kind: 'exact_tenth' } }),
    ip: { classOne: random.integer(1, 6), classTwo: random.integer(5, 25), standardsLed: 0, achievementsPerYear: [1, 5], institutionLevel: random.pick([undefined, 'municipal'] as const) },
    qualifications: ['high_tech_enterprise'],
    techSmeChance: 0,
    intent: '科技人员恰好占职工总数 10%（“不低于 10%” → 符合）',
  };
}

export function designHighTechBoundaryRnd(random: Random, context: DesignContext): EnterpriseDesign {
  const percent = random.pickWeighted([4, 5, 3], (candidate) => (candidate === 4 ? 3 : 1));
  const revenueWan = percent === 4 ? random.logBetween(6_000, 18_000) : percent === 5 ? random.logBetween(1_500, 4_500) : random.logBetween(25_000, 60_000);
  const revenue = wan(revenueWan);
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, headcount(revenue, random.between(40, 120)), revenue, { rnd: { kind: 'exact_percent', percent } }),
    ip: { classOne: random.integer(1, 8), classTwo: random.integer(5, 30), standardsLed: 0, achievementsPerYear: [1, 6], institutionLevel: random.pick([undefined, 'municipal'] as const) },
    qualifications: ['high_tech_enterprise'],
    techSmeChance: 0,
    intent: `近三年研发费用占销售收入恰好 ${percent}.00%（“不低于” → 符合）`,
  };
}

export function designHighTechBoundaryBand(random: Random, context: DesignContext): EnterpriseDesign {
  const isLowerEdge = random.chance(0.5);
  const revenue = (isLowerEdge ? 5_000 : 20_000) * wanFen;
  const share = (isLowerEdge ? 4.5 : 3.5) + random.between(-0.15, 0.15);
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, headcount(revenue, random.between(40, 100)), revenue, { rnd: { kind: 'share', share: share / 100, noise: 0.001 } }),
    ip: { classOne: random.integer(1, 6), classTwo: random.integer(5, 25), standardsLed: 0, achievementsPerYear: [1, 5], institutionLevel: random.pick([undefined, 'municipal'] as const) },
    qualifications: [],
    techSmeChance: 0,
    intent: isLowerEdge
      ? '最近一年销售收入恰好 5000万元，属“5000万元以下（含）”档，须 ≥ 5%；研发占比在 4%–5% 之间 → 不符合'
      : '最近一年销售收入恰好 2亿元，属“5000万元至2亿元（含）”档，须 ≥ 4%；研发占比在 3%–4% 之间 → 不符合',
  };
}

export function designSpecialised(random: Random, context: DesignContext): EnterpriseDesign {
  const revenue = wan(random.logBetween(4_000, 30_000));
  const threshold = hnteRndThresholdPercent(revenue);
  return {
    isTechOriented: true,
    foundedYears: established(context),
    suffix: random.chance(0.3) ? '股份有限公司' : '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, headcount(revenue, random.between(40, 120), 25), revenue, {
      staff: { kind: 'share', share: [0.15, 0.35], rounding: 'ceil' },
      rnd: { kind: 'share', share: (Math.max(threshold + 1, 4.5) + random.between(0, 2.5)) / 100, noise: 0.0015 },
      mainBusinessShare: [0.86, 0.98],
      revenueGrowth: [1.05, 1.3],
    }),
    ip: {
      classOne: random.integer(2, 10),
      classTwo: random.integer(8, 40),
      standardsLed: random.integer(0, 1),
      achievementsPerYear: [2, 8],
      institutionLevel: random.chance(0.6) ? 'provincial' : 'municipal',
      awardLevel: random.chance(0.2) ? 'provincial' : undefined,
    },
    qualifications: random.chance(0.7) ? ['innovative_sme', 'specialised_sme', 'high_tech_enterprise'] : ['innovative_sme', 'specialised_sme'],
    techSmeChance: 0,
    intent: '专精特新中小企业（已先认定创新型中小企业）',
  };
}

export function designLittleGiant(random: Random, context: DesignContext): EnterpriseDesign {
  const revenue = wan(random.logBetween(15_000, 80_000));
  const threshold = hnteRndThresholdPercent(revenue);
  return {
    isTechOriented: true,
    foundedYears: established(context, 2015),
    suffix: random.chance(0.5) ? '股份有限公司' : '有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, Math.min(950, headcount(revenue, random.between(60, 150))), revenue, {
      staff: { kind: 'share', share: [0.15, 0.3], rounding: 'ceil' },
      rnd: { kind: 'share', share: (Math.max(threshold + 1.2, 4.5) + random.between(0, 2)) / 100, noise: 0.0015 },
      mainBusinessShare: [0.93, 0.99],
      liabilityRatio: [0.2, 0.55],
      revenueGrowth: [1.06, 1.25],
    }),
    ip: {
      classOne: random.integer(8, 30),
      classTwo: random.integer(20, 80),
      standardsLed: random.integer(1, 4),
      achievementsPerYear: [4, 12],
      institutionLevel: random.chance(0.3) ? 'national' : 'provincial',
      awardLevel: random.chance(0.5) ? 'provincial' : undefined,
    },
    qualifications: ['innovative_sme', 'specialised_sme', 'little_giant', 'high_tech_enterprise'],
    techSmeChance: 0,
    intent: '专精特新“小巨人”，亦为高企',
  };
}

export function designListed(random: Random, context: DesignContext): EnterpriseDesign {
  const revenue = wan(random.logBetween(50_000, 500_000));
  return {
    isTechOriented: true,
    foundedYears: established(context, 2012),
    suffix: '股份有限公司',
    taxCollectionMethod: audited,
    facts: highTechFacts(random, headcount(revenue, random.between(80, 250), 600), revenue, {
      staff: { kind: 'share', share: [0.13, 0.28], rounding: 'ceil' },
      rnd: { kind: 'share', share: (3 + random.between(0.8, 3)) / 100, noise: 0.0015 },
      mainBusinessShare: [0.85, 0.98],
      liabilityRatio: [0.3, 0.6],
      revenueGrowth: [0.98, 1.25],
      employeeGrowth: [0.97, 1.1],
    }),
    ip: {
      classOne: random.integer(20, 150),
      classTwo: random.integer(50, 300),
      standardsLed: random.integer(2, 10),
      achievementsPerYear: [5, 20],
      institutionLevel: random.chance(0.3) ? 'national' : 'provincial',
      awardLevel: random.chance(0.4) ? 'provincial' : undefined,
    },
    qualifications: random.chance(0.8) ? ['listed', 'high_tech_enterprise'] : ['listed'],
    techSmeChance: 0,
    intent: '上市公司',
  };
}

export function designQuoted(random: Random, context: DesignContext): EnterpriseDesign {
  const revenue = wan(random.logBetween(3_000, 50_000));
  const employees = headcount(revenue, random.between(40, 120), 30);
  const isHighTech = random.chance(0.6);
  const facts = isHighTech
    ? highTechFacts(random, employees, revenue)
    : factDesign({
        latestEmployees: employees,
        latestRevenueFen: revenue,
        staff: { kind: 'share', share: [0.05, 0.15], rounding: 'round' },
        rnd: { kind: 'share', share: random.between(0.01, 0.03), noise: 0.002 },
        highTechShare: [0.1, 0.4],
      });
  return {
    isTechOriented: true,
    foundedYears: established(context, 2018),
    suffix: '股份有限公司',
    taxCollectionMethod: audited,
    facts,
    ip: isHighTech
      ? { classOne: random.integer(2, 12), classTwo: random.integer(8, 40), standardsLed: random.integer(0, 1), achievementsPerYear: [2, 8], institutionLevel: 'municipal' }
      : { classOne: random.integer(0, 2), classTwo: random.integer(2, 12), standardsLed: 0, achievementsPerYear: [0, 3] },
    qualifications: isHighTech ? ['quoted', 'high_tech_enterprise'] : ['quoted'],
    techSmeChance: 0,
    intent: '新三板挂牌公司',
  };
}
