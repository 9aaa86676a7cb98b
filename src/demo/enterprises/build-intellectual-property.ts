import type { IntellectualPropertyRecord } from '../../capabilities/enterprises/enterprises.contracts.ts';
import type { InstitutionLevel, IpDesign } from './enterprise-design.ts';
import type { Random } from './seeded-random.ts';

function institutionName(level: InstitutionLevel, shortName: string): string {
  if (level === 'national') return `${shortName}国家企业技术中心`;
  if (level === 'provincial') return `浙江省${shortName}高新技术企业研究开发中心`;
  return `湖州市${shortName}企业研究开发中心`;
}

/**
 * IP held at the end of each year (Ⅰ类 / Ⅱ类 as standards.md §0 defines them): the latest year
 * holds what the design says and each earlier year holds less, so holdings never fall. An award's
 * `rank` is the firm's place among the winning units.
 */
export function buildIntellectualProperty(
  random: Random,
  uscc: string,
  design: IpDesign,
  activeYears: readonly number[],
  isSoftware: boolean,
  shortName: string,
): IntellectualPropertyRecord[] {
  const classOne: number[] = [];
  const classTwo: number[] = [];
  const standards: number[] = [];
  let one = design.classOne;
  let two = design.classTwo;
  let led = design.standardsLed;
  for (let index = activeYears.length - 1; index >= 0; index -= 1) {
    classOne[index] = one;
    classTwo[index] = two;
    standards[index] = led;
    one = Math.floor(one * random.between(0.55, 0.95));
    two = Math.floor(two * random.between(0.55, 0.95));
    led = Math.floor(led * random.between(0.5, 1));
  }
  const inventionShare = random.between(0.6, 1);
  const softwareShare = isSoftware ? random.between(0.5, 0.9) : random.between(0, 0.15);
  const institution = design.institutionLevel && { level: design.institutionLevel, name: institutionName(design.institutionLevel, shortName) };
  const institutionSince = random.pick(activeYears);
  const award = design.awardLevel && {
    level: design.awardLevel,
    year: random.pick(activeYears),
    rank: String(random.integer(1, 3)),
    name: `${design.awardLevel === 'provincial' ? '浙江省' : '湖州市'}科学技术进步奖${random.pick(['一等奖', '二等奖', '三等奖'])}`,
  };

  return activeYears.map((year, index) => ({
    uscc,
    year,
    classOneCount: classOne[index]!,
    classTwoCount: classTwo[index]!,
    inventionPatentsInMainBusiness: Math.round(classOne[index]! * inventionShare),
    softwareCopyrights: Math.round(classTwo[index]! * softwareShare),
    standardsLed: standards[index]!,
    achievementsTransferred: random.integer(design.achievementsPerYear[0], design.achievementsPerYear[1]),
    awards: award && year >= award.year ? [award] : [],
    rndInstitutions: institution && year >= institutionSince ? [institution] : [],
  }));
}
