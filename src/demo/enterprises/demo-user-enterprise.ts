import type {
  EnterpriseRecord,
  IntellectualPropertyRecord,
  QualificationRecord,
  YearlyFactsRecord,
} from '../../capabilities/enterprises/enterprises.contracts.ts';
import type { DemoProfile } from './demo-archetypes.ts';
import { usccFromBody } from './demo-uscc.ts';
import { wanFen } from './enterprise-design.ts';

export const demoUserEnterpriseName = '示例·湖州星河智能科技有限公司';
export const demoUserUscc = usccFromBody('330502', 'MA2D7XH4');
const foundedOn = '2017-06-18';

type MoneyField = Exclude<keyof YearlyFactsRecord, 'uscc' | 'year' | 'employees' | 'techStaff' | 'rndStaff'>;

/**
 * The demo enterprise user's own firm, the same for every seed: a 科小 (115号 score 16 + 30 + 30 = 76)
 * that misses 高企 by R&D alone — latest sales 4650万 (≤ 5000万, so 5% is needed) and R&D over three
 * years 538万 ÷ 11750万 = 4.58%, about 49.5万元 short. Amounts in 万元, oldest of the three years first.
 */
const staffRows = [
  { employees: 118, techStaff: 33, rndStaff: 24 },
  { employees: 134, techStaff: 37, rndStaff: 27 },
  { employees: 150, techStaff: 42, rndStaff: 30 },
];
const moneyRowsWan: Array<Record<MoneyField, number>> = [
  { revenueFen: 3200, mainBusinessRevenueFen: 3050, costsAndExpensesFen: 2930, rndExpenseFen: 140, rndExpenseDomesticFen: 136, highTechRevenueFen: 2300, totalAssetsFen: 3800, totalLiabilitiesFen: 1750, netProfitFen: 230, taxPaidFen: 120, qualifiedEquityRaisedFen: 0 },
  { revenueFen: 3900, mainBusinessRevenueFen: 3720, costsAndExpensesFen: 3560, rndExpenseFen: 180, rndExpenseDomesticFen: 175, highTechRevenueFen: 2860, totalAssetsFen: 4500, totalLiabilitiesFen: 2050, netProfitFen: 290, taxPaidFen: 150, qualifiedEquityRaisedFen: 1000 },
  { revenueFen: 4650, mainBusinessRevenueFen: 4430, costsAndExpensesFen: 4240, rndExpenseFen: 218, rndExpenseDomesticFen: 210, highTechRevenueFen: 3480, totalAssetsFen: 5200, totalLiabilitiesFen: 2300, netProfitFen: 350, taxPaidFen: 180, qualifiedEquityRaisedFen: 0 },
];
const ipRows = [
  { classOneCount: 1, classTwoCount: 7, inventionPatentsInMainBusiness: 1, softwareCopyrights: 3, achievementsTransferred: 2 },
  { classOneCount: 2, classTwoCount: 10, inventionPatentsInMainBusiness: 2, softwareCopyrights: 4, achievementsTransferred: 3 },
  { classOneCount: 2, classTwoCount: 12, inventionPatentsInMainBusiness: 2, softwareCopyrights: 5, achievementsTransferred: 3 },
];

export interface DemoUserEnterprise {
  enterprise: EnterpriseRecord;
  yearlyFacts: YearlyFactsRecord[];
  intellectualProperty: IntellectualPropertyRecord[];
  qualifications: QualificationRecord[];
  profile: DemoProfile;
}

/** Rows for the last three requested years; any earlier requested year (from 2018) shrinks by a fifth a year. */
export function demoUserEnterprise(years: readonly number[]): DemoUserEnterprise {
  const lastYear = years[years.length - 1]!;
  const activeYears = years.filter((year) => year > Number(foundedOn.slice(0, 4)));
  const rowIndex = (year: number) => Math.max(0, 2 - (lastYear - year));
  const shrink = (year: number) => 0.8 ** Math.max(0, lastYear - 2 - year);

  const yearlyFacts = activeYears.map((year): YearlyFactsRecord => {
    const factor = shrink(year);
    const staff = staffRows[rowIndex(year)]!;
    const money = moneyRowsWan[rowIndex(year)]!;
    const scaledMoney = Object.fromEntries(Object.entries(money).map(([field, amount]) => [field, Math.round(amount * factor) * wanFen])) as Record<MoneyField, number>;
    return {
      uscc: demoUserUscc,
      year,
      employees: Math.round(staff.employees * factor),
      techStaff: Math.round(staff.techStaff * factor),
      rndStaff: Math.round(staff.rndStaff * factor),
      ...scaledMoney,
    };
  });
  const intellectualProperty = activeYears.map((year): IntellectualPropertyRecord => {
    const row = ipRows[rowIndex(year)]!;
    const factor = 0.7 ** Math.max(0, lastYear - 2 - year);
    return {
      uscc: demoUserUscc,
      year,
      classOneCount: Math.floor(row.classOneCount * factor),
      classTwoCount: Math.floor(row.classTwoCount * factor),
      inventionPatentsInMainBusiness: Math.floor(row.inventionPatentsInMainBusiness * factor),
      softwareCopyrights: Math.floor(row.softwareCopyrights * factor),
      standardsLed: 0,
      achievementsTransferred: row.achievementsTransferred,
      awards: [],
      rndInstitutions: year >= lastYear - 2 ? [{ level: 'municipal', name: '湖州市星河智能装备企业研究开发中心' }] : [],
    };
  });

  return {
    enterprise: {
      uscc: demoUserUscc,
      name: demoUserEnterpriseName,
      districtCode: '330502',
      industryCode: 'C3491',
      foundedOn,
      sizeClass: 'small',
      status: 'active',
      taxCollectionMethod: 'audited',
      legalRepresentative: '周明远',
      contactName: '林晓雯',
      contactPhone: '0572-02024011',
      contactEmail: 'finance@xinghe.example.com',
    },
    yearlyFacts,
    intellectualProperty,
    qualifications: [
      { uscc: demoUserUscc, kind: 'tech_sme', certificateNumber: demoUserTechSmeNumber(lastYear), validFrom: `${lastYear + 1}-07-15`, validTo: `${lastYear + 2}-03-31` },
    ],
    profile: {
      uscc: demoUserUscc,
      name: demoUserEnterpriseName,
      archetype: 'demo_user',
      note: '科小 76 分（16+30+30）；高企差研发费用占比：近三年 538万 ÷ 11750万 = 4.58% < 5%（最近一年销售收入 4650万元），约差 49.5万元',
    },
  };
}

export function demoUserTechSmeNumber(lastYear: number): string {
  return `${lastYear + 1}330502A00001`;
}
