import type { QualificationKind } from '../../capabilities/enterprises/enterprises.contracts.ts';

/** 1 万元 in fen. */
export const wanFen = 1_000_000;

export type Range = readonly [number, number];

/** How tech staff (科技人员) follow headcount each year. */
export type StaffRule =
  | { kind: 'share'; share: Range; rounding: 'ceil' | 'floor' | 'round' }
  /** Headcount a multiple of 10 and tech staff exactly a tenth of it. */
  | { kind: 'exact_tenth' }
  /** The most tech staff that still stays under 10% (e.g. 19 of 200). */
  | { kind: 'just_below_tenth' };

/** How R&D expense follows revenue each year. */
export type RndRule =
  | { kind: 'share'; share: number; noise: number }
  /** Revenue in whole 万元 and R&D exactly `percent`% of it, so any sum of years is exactly `percent`%. */
  | { kind: 'exact_percent'; percent: number };

/** The latest year's scale and the shares the yearly facts are drawn from. */
export interface FactDesign {
  latestEmployees: number;
  latestRevenueFen: number;
  employeeGrowth: Range;
  revenueGrowth: Range;
  /** Growth into the latest year, when it must differ (创新型 needs ≥ 15% 主营业务收入 growth). */
  latestRevenueGrowth?: Range;
  minimumEmployees: number;
  staff: StaffRule;
  rndStaffShare: Range;
  rnd: RndRule;
  rndDomesticShare: Range;
  highTechShare: Range;
  mainBusinessShare: Range;
  costRatio: Range;
  assetsToRevenue: Range;
  minimumAssetsFen: number;
  maximumAssetsFen: number;
  liabilityRatio: Range;
  /** Chance that liabilities exceed assets (a few ordinary firms). */
  insolvencyChance: number;
  /** Chance per year of a 合格机构投资者 equity round. */
  equityRaisedChance: number;
  equityRaisedFen: Range;
}

export type InstitutionLevel = 'national' | 'provincial' | 'municipal';

/** IP held at the end of the latest year; earlier years hold less. */
export interface IpDesign {
  classOne: number;
  classTwo: number;
  standardsLed: number;
  achievementsPerYear: Range;
  institutionLevel?: InstitutionLevel;
  awardLevel?: 'provincial' | 'municipal';
}

export interface EnterpriseDesign {
  isTechOriented: boolean;
  /** Founding years, both included. */
  foundedYears: Range;
  suffix: '有限公司' | '股份有限公司';
  taxCollectionMethod: 'audited' | 'assessed';
  facts: FactDesign;
  ip: IpDesign;
  /** Certificates held, besides a 科小 入库 number (see `techSmeChance`). */
  qualifications: QualificationKind[];
  /** Chance of holding a 科小 入库 number when the firm is 查账征收 and within the size limits (TSME-E2). */
  techSmeChance: number;
  talentLevel?: 'A' | 'B' | 'C' | 'D';
  /** What the design fixes, in words (e.g. the 科小 points of a boundary firm). */
  intent: string;
}

/** 高企 R&D threshold (standards.md §2.2 HNTE-5), chosen by the latest year's sales: ≤ 5000万 → 5%, ≤ 2亿 → 4%, else 3%. */
export function hnteRndThresholdPercent(latestRevenueFen: number): number {
  if (latestRevenueFen <= 5_000 * wanFen) return 5;
  if (latestRevenueFen <= 20_000 * wanFen) return 4;
  return 3;
}

/** TSME-E2 (standards.md §1.2): 职工 ≤ 500, 销售收入 ≤ 2亿, 资产 ≤ 2亿 (equal passes). */
export function isWithinTechSmeSize(employees: number, revenueFen: number, totalAssetsFen: number): boolean {
  return employees <= 500 && revenueFen <= 20_000 * wanFen && totalAssetsFen <= 20_000 * wanFen;
}

export function factDesign(fixed: Pick<FactDesign, 'latestEmployees' | 'latestRevenueFen' | 'staff' | 'rnd'> & Partial<FactDesign>): FactDesign {
  return {
    employeeGrowth: [0.95, 1.12],
    revenueGrowth: [0.9, 1.25],
    minimumEmployees: 1,
    rndStaffShare: [0.5, 0.9],
    rndDomesticShare: [0.85, 1],
    highTechShare: [0, 0],
    mainBusinessShare: [0.75, 1],
    costRatio: [0.86, 0.98],
    assetsToRevenue: [0.6, 1.5],
    minimumAssetsFen: 50 * wanFen,
    maximumAssetsFen: Number.MAX_SAFE_INTEGER,
    liabilityRatio: [0.2, 0.7],
    insolvencyChance: 0,
    equityRaisedChance: 0,
    equityRaisedFen: [0, 0],
    ...fixed,
  };
}
