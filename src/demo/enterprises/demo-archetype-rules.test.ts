import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  EnterpriseRecord,
  IntellectualPropertyRecord,
  QualificationKind,
  QualificationRecord,
  YearlyFactsRecord,
} from '../../capabilities/enterprises/enterprises.contracts.ts';
import { demoArchetypes, type DemoArchetype } from './demo-archetypes.ts';
import { generateDemoEnterprises } from './generate-demo-enterprises.ts';

// Checks the demo city against the official rules with its own arithmetic (no generator code), all in
// integers: "part ÷ whole ≥ p%" is tested as part × 10000 ≥ p × 100 × whole, in BigInt to stay exact.

const city = generateDemoEnterprises({ seed: 20240115 });
const windowYears = [2023, 2024, 2025];
const wan = 1_000_000;

interface Firm {
  enterprise: EnterpriseRecord;
  archetype: DemoArchetype;
  facts: YearlyFactsRecord[];
  latest: YearlyFactsRecord;
  latestIp: IntellectualPropertyRecord;
  qualifications: QualificationRecord[];
}

const firms: Firm[] = city.enterprises.map((enterprise, index) => {
  const facts = city.yearlyFacts.filter((row) => row.uscc === enterprise.uscc);
  return {
    enterprise,
    archetype: city.profiles[index]!.archetype,
    facts,
    latest: facts.at(-1)!,
    latestIp: city.intellectualProperty.filter((row) => row.uscc === enterprise.uscc).at(-1)!,
    qualifications: city.qualifications.filter((row) => row.uscc === enterprise.uscc),
  };
});
const firmsOf = (archetype: DemoArchetype) => firms.filter((firm) => firm.archetype === archetype);
const holds = (firm: Firm, kind: QualificationKind) => firm.qualifications.find((qualification) => qualification.kind === kind);

/** part ÷ whole ≥ basisPoints ÷ 10000. */
function atLeast(part: number, whole: number, basisPoints: number): boolean {
  return BigInt(part) * 10_000n >= BigInt(basisPoints) * BigInt(whole);
}
/** part ÷ whole ≤ basisPoints ÷ 10000. */
function atMost(part: number, whole: number, basisPoints: number): boolean {
  return BigInt(part) * 10_000n <= BigInt(basisPoints) * BigInt(whole);
}
const n = (value: number | undefined) => value ?? 0;

/**
 * 科技型中小企业 score, 国科发政〔2017〕115号 第七条, standards.md §1.3: bands are "X%（含）以上", so a
 * value on an edge takes the higher band. R&D takes the better of the sales and the costs ratio.
 */
function techSmeScore(facts: YearlyFactsRecord, ip: IntellectualPropertyRecord) {
  const band = (part: number, whole: number, table: Array<[number, number]>) => table.find(([percent]) => atLeast(part, whole, percent * 100))?.[1] ?? 0;
  const staff = band(n(facts.techStaff), n(facts.employees), [[30, 20], [25, 16], [20, 12], [15, 8], [10, 4]]);
  const bySales = band(n(facts.rndExpenseFen), n(facts.revenueFen), [[6, 50], [5, 40], [4, 30], [3, 20], [2, 10]]);
  const byCosts = band(n(facts.rndExpenseFen), n(facts.costsAndExpensesFen), [[30, 50], [25, 40], [20, 30], [15, 20], [10, 10]]);
  const classTwo = n(ip.classTwoCount);
  const achievements = n(ip.classOneCount) >= 1 ? 30 : classTwo >= 4 ? 24 : classTwo === 3 ? 18 : classTwo === 2 ? 12 : classTwo === 1 ? 6 : 0;
  const rnd = Math.max(bySales, byCosts);
  return { staff, rnd, achievements, total: staff + rnd + achievements };
}

/** TSME-E1 (查账征收) and E2 (职工 ≤ 500, 销售收入 ≤ 2亿, 资产 ≤ 2亿), standards.md §1.2. */
function meetsTechSmeEligibility(firm: Firm): boolean {
  const { latest } = firm;
  return firm.enterprise.taxCollectionMethod === 'audited' && n(latest.employees) <= 500 && n(latest.revenueFen) <= 20_000 * wan && n(latest.totalAssetsFen) <= 20_000 * wan;
}

/** A 第八条 direct route other than 高企: a national award ranked top three, a provincial+ institution, a standard led. */
function hasOtherDirectRoute(ip: IntellectualPropertyRecord): boolean {
  return (
    (ip.awards ?? []).some((award) => award.level === 'national' && Number(award.rank) <= 3) ||
    (ip.rndInstitutions ?? []).some((institution) => institution.level !== 'municipal') ||
    n(ip.standardsLed) > 0
  );
}

/** The computable 高企 figures of standards.md §2.2 over the three-year window, threshold by the latest year's sales. */
function highTechFigures(firm: Firm) {
  const window = firm.facts.filter((row) => windowYears.includes(row.year));
  const sum = (field: 'rndExpenseFen' | 'revenueFen' | 'rndExpenseDomesticFen') => window.reduce((total, row) => total + n(row[field]), 0);
  const latestRevenue = n(firm.latest.revenueFen);
  return {
    thresholdPercent: latestRevenue <= 5_000 * wan ? 5 : latestRevenue <= 20_000 * wan ? 4 : 3,
    rnd: sum('rndExpenseFen'),
    revenue: sum('revenueFen'),
    domestic: sum('rndExpenseDomesticFen'),
    techStaff: n(firm.latest.techStaff),
    employees: n(firm.latest.employees),
    highTechRevenue: n(firm.latest.highTechRevenueFen),
    latestRevenue,
    hasIp: n(firm.latestIp.classOneCount) + n(firm.latestIp.classTwoCount) > 0,
    hasThreeYears: window.length === 3,
  };
}

/** Every computable 高企 condition besides R&D, met (margin 0) or met with room (tech ≥ 12%, domestic ≥ 70%, high-tech ≥ 65%). */
function meetsHighTechOtherThanRnd(firm: Firm, staff: 'met' | 'room'): boolean {
  const figures = highTechFigures(firm);
  const staffMet = staff === 'room' ? atLeast(figures.techStaff, figures.employees, 1_200) : atLeast(figures.techStaff, figures.employees, 1_000);
  return figures.hasIp && figures.hasThreeYears && staffMet && atLeast(figures.domestic, figures.rnd, 7_000) && atLeast(figures.highTechRevenue, figures.latestRevenue, 6_500);
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('demo city: archetypes at seed 20240115, count 3000', () => {
  it('has every archetype several times (the demo user once)', (t) => {
    const counts = Object.fromEntries(demoArchetypes.map((archetype) => [archetype, firmsOf(archetype).length]));
    t.diagnostic(JSON.stringify(counts));
    assert.equal(counts.demo_user, 1);
    for (const archetype of demoArchetypes.filter((candidate) => candidate !== 'demo_user')) assert.ok(counts[archetype]! >= 5, `${archetype}: ${counts[archetype]}`);
  });

  it('makes 5–10% of the firms 人才企业 of the 南太湖精英计划, levels A–D', () => {
    const talent = firms.filter((firm) => holds(firm, 'talent_enterprise'));
    assert.ok(talent.length >= 150 && talent.length <= 300, `${talent.length}`);
    for (const firm of talent) {
      const qualification = holds(firm, 'talent_enterprise')!;
      assert.equal(qualification.programme, '南太湖精英计划');
      assert.match(qualification.level!, /^[ABCD]$/);
      assert.ok(qualification.validFrom! >= firm.enterprise.foundedOn!);
    }
  });

  it('makes the demo user a 科小 that misses 高企 on the R&D ratio alone', () => {
    const [first] = firms;
    assert.equal(first!.archetype, 'demo_user');
    assert.equal(first!.enterprise.name, '示例·湖州星河智能科技有限公司');
    assert.equal(first!.enterprise.districtCode, '330502');
    assert.ok(holds(first!, 'tech_sme') && !holds(first!, 'high_tech_enterprise'));
    const score = techSmeScore(first!.latest, first!.latestIp);
    assert.ok(score.total >= 60 && score.staff > 0 && meetsTechSmeEligibility(first!));
    const figures = highTechFigures(first!);
    assert.ok(!atLeast(figures.rnd, figures.revenue, figures.thresholdPercent * 100));
    assert.ok(atLeast(figures.rnd, figures.revenue, figures.thresholdPercent * 100 - 50), 'short by less than half a point');
    assert.ok(meetsHighTechOtherThanRnd(first!, 'room'));
  });
});

describe('demo city: 高新技术企业 (standards.md §2.2)', () => {
  it('hnte_clear: every computable condition met with margin, and a valid GR certificate', () => {
    for (const firm of firmsOf('hnte_clear')) {
      const figures = highTechFigures(firm);
      assert.ok(atLeast(figures.rnd, figures.revenue, figures.thresholdPercent * 100 + 50), firm.enterprise.uscc);
      assert.ok(meetsHighTechOtherThanRnd(firm, 'room'), firm.enterprise.uscc);
      assert.ok(holds(firm, 'high_tech_enterprise')!.validTo! >= '2025-12-31');
    }
  });

  it('hnte_miss_rnd_ratio: R&D ratio short by a margin (e.g. 3.6% where 4% is needed), all else met', () => {
    for (const firm of firmsOf('hnte_miss_rnd_ratio')) {
      const figures = highTechFigures(firm);
      assert.ok(!atLeast(figures.rnd, figures.revenue, figures.thresholdPercent * 100 - 20), firm.enterprise.uscc);
      assert.ok(meetsHighTechOtherThanRnd(firm, 'room') && !holds(firm, 'high_tech_enterprise'));
    }
  });

  it('hnte_miss_tech_staff: tech staff under 10%; 科小 refused for 0 staff points though the total is ≥ 60', () => {
    for (const firm of firmsOf('hnte_miss_tech_staff')) {
      const figures = highTechFigures(firm);
      assert.ok(figures.techStaff * 10 < figures.employees && atLeast(figures.techStaff, figures.employees, 900), `${figures.techStaff}/${figures.employees}`);
      const score = techSmeScore(firm.latest, firm.latestIp);
      assert.ok(score.staff === 0 && score.total >= 60 && meetsTechSmeEligibility(firm), JSON.stringify(score));
      assert.ok(!hasOtherDirectRoute(firm.latestIp) && !holds(firm, 'tech_sme') && !holds(firm, 'high_tech_enterprise'));
    }
  });

  it('hnte_boundary_tech_staff: tech staff exactly 10.00% of headcount, all else met, certified', () => {
    for (const firm of firmsOf('hnte_boundary_tech_staff')) {
      const figures = highTechFigures(firm);
      assert.equal(figures.techStaff * 10, figures.employees, firm.enterprise.uscc);
      assert.ok(atLeast(figures.rnd, figures.revenue, figures.thresholdPercent * 100 + 50));
      assert.ok(meetsHighTechOtherThanRnd(firm, 'met') && holds(firm, 'high_tech_enterprise'));
    }
  });

  it('hnte_boundary_rnd_ratio: three-year R&D exactly equal to the threshold (4.00% in the 5000万–2亿 band, …), certified', () => {
    const bands = new Set<number>();
    for (const firm of firmsOf('hnte_boundary_rnd_ratio')) {
      const figures = highTechFigures(firm);
      assert.equal(figures.rnd * 100, figures.thresholdPercent * figures.revenue, firm.enterprise.uscc);
      assert.ok(meetsHighTechOtherThanRnd(firm, 'room') && holds(firm, 'high_tech_enterprise'));
      bands.add(figures.thresholdPercent);
    }
    assert.ok(bands.has(4));
  });

  it('hnte_boundary_revenue_band: latest sales exactly 5000万 or 2亿 (in the lower band), R&D between the two thresholds', () => {
    for (const firm of firmsOf('hnte_boundary_revenue_band')) {
      const figures = highTechFigures(firm);
      assert.ok(figures.latestRevenue === 5_000 * wan || figures.latestRevenue === 20_000 * wan, `${figures.latestRevenue}`);
      const required = figures.thresholdPercent * 100;
      assert.ok(!atLeast(figures.rnd, figures.revenue, required) && atLeast(figures.rnd, figures.revenue, required - 100));
      assert.ok(meetsHighTechOtherThanRnd(firm, 'room') && !holds(firm, 'high_tech_enterprise'));
    }
  });

  it('every 高企 certificate holder meets the computable conditions and was founded a year before issue', () => {
    for (const firm of firms.filter((candidate) => holds(candidate, 'high_tech_enterprise'))) {
      const certificate = holds(firm, 'high_tech_enterprise')!;
      const figures = highTechFigures(firm);
      assert.ok(daysBetween(firm.enterprise.foundedOn!, certificate.validFrom!) >= 365, firm.enterprise.uscc);
      const [year, month, day] = certificate.validFrom!.split('-').map(Number) as [number, number, number];
      assert.equal(certificate.validTo, new Date(Date.UTC(year + 3, month - 1, day - 1)).toISOString().slice(0, 10), 'valid three years');
      assert.ok(atLeast(figures.rnd, figures.revenue, figures.thresholdPercent * 100), firm.enterprise.uscc);
      assert.ok(atLeast(figures.domestic, figures.rnd, 6_000) && atLeast(figures.highTechRevenue, figures.latestRevenue, 6_000));
      assert.ok(figures.hasIp && atLeast(figures.techStaff, figures.employees, 1_000));
    }
  });
});

describe('demo city: 科技型中小企业 (standards.md §1)', () => {
  it('tsme_clear: score ≥ 70 with tech-staff points, E1/E2 met, and a 入库 number', () => {
    for (const firm of firmsOf('tsme_clear')) {
      const score = techSmeScore(firm.latest, firm.latestIp);
      assert.ok(score.total >= 70 && score.staff > 0, `${firm.enterprise.uscc} ${JSON.stringify(score)}`);
      assert.ok(meetsTechSmeEligibility(firm) && holds(firm, 'tech_sme'));
    }
  });

  it('tsme_boundary_score: score exactly 60 with tech-staff points, no direct route, registered', () => {
    for (const firm of firmsOf('tsme_boundary_score')) {
      const score = techSmeScore(firm.latest, firm.latestIp);
      assert.ok(score.total === 60 && score.staff > 0, `${firm.enterprise.uscc} ${JSON.stringify(score)}`);
      assert.ok(meetsTechSmeEligibility(firm) && !hasOtherDirectRoute(firm.latestIp) && holds(firm, 'tech_sme') && !holds(firm, 'high_tech_enterprise'));
    }
  });

  it('tsme_miss_score: score under 60, no direct route, not registered', () => {
    for (const firm of firmsOf('tsme_miss_score')) {
      const score = techSmeScore(firm.latest, firm.latestIp);
      assert.ok(score.total < 60 && score.total >= 50 && score.staff > 0, JSON.stringify(score));
      assert.ok(!hasOtherDirectRoute(firm.latestIp) && !holds(firm, 'tech_sme') && !holds(firm, 'high_tech_enterprise'));
    }
  });

  it('every 入库 number holder is eligible: score ≥ 60 with staff points, or a 高企 certificate valid on registration (第八条)', () => {
    for (const firm of firms.filter((candidate) => holds(candidate, 'tech_sme'))) {
      const registration = holds(firm, 'tech_sme')!;
      assert.match(registration.certificateNumber, new RegExp(`^2026${firm.enterprise.uscc.slice(2, 8)}A0\\d{4}$`));
      assert.equal(registration.validTo, '2027-03-31');
      assert.ok(meetsTechSmeEligibility(firm), firm.enterprise.uscc);
      const score = techSmeScore(firm.latest, firm.latestIp);
      const highTech = holds(firm, 'high_tech_enterprise');
      const isCertified = highTech !== undefined && highTech.validFrom! <= registration.validFrom! && highTech.validTo! >= registration.validFrom!;
      assert.ok((score.total >= 60 && score.staff > 0) || isCertified, `${firm.enterprise.uscc} ${JSON.stringify(score)}`);
    }
  });
});

describe('demo city: 创新型 / 专精特新 / 小巨人 / listed (standards.md §3)', () => {
  it('创新型 holders pass the 63号 附件1 score route on computable items, or a direct route', () => {
    for (const firm of firms.filter((candidate) => holds(candidate, 'innovative_sme'))) {
      const [previous, latest] = firm.facts.slice(-2) as [YearlyFactsRecord, YearlyFactsRecord];
      const ipPoints = n(firm.latestIp.classOneCount) >= 1 ? 10 : n(firm.latestIp.classTwoCount) >= 1 ? 5 : 0; // Ⅰ类 counted at its lowest band
      const rndBand = [[500, 20], [300, 15], [200, 10], [100, 5]] as const;
      const rndPoints = rndBand.find(([basisPoints]) => atLeast(n(latest.rndExpenseFen), n(latest.revenueFen), basisPoints))?.[1] ?? 0;
      const growthBand = [[11_500, 20], [11_000, 15], [10_500, 10], [10_000, 5]] as const;
      const growthPoints = growthBand.find(([basisPoints]) => atLeast(n(latest.mainBusinessRevenueFen), n(previous.mainBusinessRevenueFen), basisPoints))?.[1] ?? 0;
      const liabilities = n(latest.totalLiabilitiesFen);
      const liabilityPoints = atMost(liabilities, n(latest.totalAssetsFen), 5_500) ? 10 : atMost(liabilities, n(latest.totalAssetsFen), 7_500) ? 5 : 0;
      const mainBand = [[7_000, 20], [6_000, 15], [5_500, 10], [5_000, 5]] as const;
      const mainPoints = mainBand.find(([basisPoints]) => atLeast(n(latest.mainBusinessRevenueFen), n(latest.revenueFen), basisPoints))?.[1] ?? 0;
      const domainPoints = 5; // 主导产品所属领域: "其他领域" at least
      const innovation = ipPoints + rndPoints;
      const growth = growthPoints + liabilityPoints;
      const specialisation = domainPoints + mainPoints;
      const passesScore = innovation + growth + specialisation >= 60 && innovation >= 20 && growth >= 15 && specialisation >= 15;
      const hasDirectRoute = holds(firm, 'high_tech_enterprise') !== undefined || (firm.latestIp.rndInstitutions ?? []).some((institution) => institution.level !== 'municipal');
      assert.ok(passesScore || hasDirectRoute, firm.enterprise.uscc);
    }
  });

  it('专精特新 holders meet 63号 附件2 lines 2–3 (R&D ≥ 100万 and ≥ 3%, revenue ≥ 1000万) and climbed from 创新型', () => {
    for (const firm of firms.filter((candidate) => holds(candidate, 'specialised_sme'))) {
      const { latest } = firm;
      assert.ok(n(latest.rndExpenseFen) >= 100 * wan && atLeast(n(latest.rndExpenseFen), n(latest.revenueFen), 300), firm.enterprise.uscc);
      assert.ok(n(latest.revenueFen) >= 1_000 * wan);
      assert.ok(holds(firm, 'innovative_sme')!.validFrom! <= holds(firm, 'specialised_sme')!.validFrom!);
    }
  });

  it('小巨人 holders are 专精特新 with R&D ≥ 3% in both of the last two years and ≥ 1200万 over them', () => {
    for (const firm of firms.filter((candidate) => holds(candidate, 'little_giant'))) {
      const lastTwo = firm.facts.slice(-2);
      assert.ok(lastTwo.every((row) => atLeast(n(row.rndExpenseFen), n(row.revenueFen), 300)), firm.enterprise.uscc);
      assert.ok(lastTwo.reduce((total, row) => total + n(row.rndExpenseFen), 0) >= 1_200 * wan);
      assert.ok(holds(firm, 'specialised_sme') && firm.enterprise.sizeClass !== 'large');
    }
  });

  it('listed and quoted firms carry a board and a six-digit code; ordinary firms hold nothing', () => {
    for (const firm of [...firmsOf('listed'), ...firmsOf('quoted')]) {
      const listing = holds(firm, firm.archetype === 'listed' ? 'listed' : 'quoted')!;
      assert.ok(listing.programme && /^\d{6}$/.test(listing.certificateNumber));
      assert.ok(firm.enterprise.name!.endsWith('股份有限公司'));
    }
    assert.ok(firmsOf('ordinary').every((firm) => firm.qualifications.length === 0));
  });
});
