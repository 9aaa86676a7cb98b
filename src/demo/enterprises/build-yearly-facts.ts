import type { YearlyFactsRecord } from '../../capabilities/enterprises/enterprises.contracts.ts';
import { shareOfYearFrom } from './demo-dates.ts';
import { wanFen, type FactDesign, type Range, type StaffRule } from './enterprise-design.ts';
import type { Random } from './seeded-random.ts';

/** Money is kept in whole 元. */
function yuan(fen: number): number {
  return Math.round(fen / 100) * 100;
}

function clamp(value: number, [low, high]: Range): number {
  return Math.min(high, Math.max(low, value));
}

function headcount(design: FactDesign, raw: number): number {
  const step = design.staff.kind === 'exact_tenth' ? 10 : 1;
  return Math.max(design.minimumEmployees, step, Math.round(raw / step) * step);
}

function techStaffFor(rule: StaffRule, employees: number, share: number): number {
  switch (rule.kind) {
    case 'exact_tenth':
      return employees / 10;
    case 'just_below_tenth':
      return Math.floor((employees - 1) / 10);
    case 'share': {
      const raw = employees * share;
      const rounded = rule.rounding === 'ceil' ? Math.ceil(raw) : rule.rounding === 'floor' ? Math.floor(raw) : Math.round(raw);
      return Math.min(employees, Math.max(0, rounded));
    }
  }
}

/**
 * Yearly facts for the years the firm existed in. The latest year takes the design's scale; each
 * earlier year divides by a growth factor; the founding year counts only the months the firm was open.
 * Shares are drawn once per firm and wobble a little from year to year, staying inside their ranges.
 */
export function buildYearlyFacts(random: Random, uscc: string, design: FactDesign, years: readonly number[], foundedOn: string): YearlyFactsRecord[] {
  const foundedYear = Number(foundedOn.slice(0, 4));
  const activeYears = years.filter((year) => year >= foundedYear);
  const revenueTrail: number[] = [];
  const employeeTrail: number[] = [];
  let revenue = design.latestRevenueFen;
  let employees = design.latestEmployees;
  for (let index = activeYears.length - 1; index >= 0; index -= 1) {
    revenueTrail[index] = revenue;
    employeeTrail[index] = employees;
    const growth = index === activeYears.length - 1 && design.latestRevenueGrowth ? design.latestRevenueGrowth : design.revenueGrowth;
    revenue /= random.between(growth[0], growth[1]);
    employees /= random.between(design.employeeGrowth[0], design.employeeGrowth[1]);
  }
  if (activeYears[0] === foundedYear) {
    const openShare = shareOfYearFrom(foundedOn);
    revenueTrail[0] = revenueTrail[0]! * openShare;
    employeeTrail[0] = employeeTrail[0]! * (0.4 + 0.6 * openShare);
  }

  const draw = (range: Range) => random.between(range[0], range[1]);
  const wobble = (value: number, range: Range, amount = 0.01) => clamp(value + random.between(-amount, amount), range);
  const staffShare = design.staff.kind === 'share' ? design.staff.share : ([0, 0] as const);
  const shares = {
    staff: draw(staffShare),
    domestic: draw(design.rndDomesticShare),
    highTech: draw(design.highTechShare),
    mainBusiness: draw(design.mainBusinessShare),
    cost: draw(design.costRatio),
    assets: draw(design.assetsToRevenue),
    liabilities: draw(design.liabilityRatio),
  };
  const isInsolvent = random.chance(design.insolvencyChance);
  const rndRule = design.rnd;

  return activeYears.map((year, index) => {
    const employeesThatYear = headcount(design, employeeTrail[index]!);
    const techStaff = techStaffFor(design.staff, employeesThatYear, wobble(shares.staff, staffShare));
    const rndStaff = Math.min(techStaff, Math.round(techStaff * draw(design.rndStaffShare)));
    const revenueFen =
      rndRule.kind === 'exact_percent' ? Math.max(1, Math.round(revenueTrail[index]! / wanFen)) * wanFen : Math.max(10_000, yuan(revenueTrail[index]!));
    const rndExpenseFen =
      rndRule.kind === 'exact_percent'
        ? (revenueFen / 100) * rndRule.percent
        : yuan(revenueFen * Math.max(0, rndRule.share + random.between(-rndRule.noise, rndRule.noise)));
    const mainBusinessRevenueFen = Math.min(revenueFen, yuan(revenueFen * wobble(shares.mainBusiness, design.mainBusinessShare)));
    // A young firm's assets are mostly its paid-in capital: a floor that grows a little each year.
    const assetsFloor = design.minimumAssetsFen * 0.9 ** (activeYears.length - 1 - index) * random.between(0.95, 1.05);
    const totalAssetsFen = Math.min(design.maximumAssetsFen, yuan(Math.max(assetsFloor, revenueFen * wobble(shares.assets, design.assetsToRevenue, 0.05))));
    const liabilityRatio = isInsolvent ? random.between(1.02, 1.3) : wobble(shares.liabilities, design.liabilityRatio, 0.03);
    const costsAndExpensesFen = Math.max(yuan(revenueFen * wobble(shares.cost, design.costRatio, 0.02)), rndExpenseFen + yuan(revenueFen * 0.3));
    const operatingResult = revenueFen - costsAndExpensesFen;
    return {
      uscc,
      year,
      employees: employeesThatYear,
      techStaff,
      rndStaff,
      revenueFen,
      mainBusinessRevenueFen,
      costsAndExpensesFen,
      rndExpenseFen,
      rndExpenseDomesticFen: Math.min(rndExpenseFen, yuan(rndExpenseFen * wobble(shares.domestic, design.rndDomesticShare))),
      highTechRevenueFen: Math.min(mainBusinessRevenueFen, yuan(revenueFen * wobble(shares.highTech, design.highTechShare))),
      totalAssetsFen,
      totalLiabilitiesFen: yuan(totalAssetsFen * liabilityRatio),
      netProfitFen: operatingResult > 0 ? yuan(operatingResult * 0.85) : operatingResult,
      taxPaidFen: yuan(revenueFen * random.between(0.01, 0.04)),
      qualifiedEquityRaisedFen: random.chance(design.equityRaisedChance) ? yuan(draw(design.equityRaisedFen)) : 0,
    };
  });
}
