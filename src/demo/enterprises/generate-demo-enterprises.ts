import type {
  EnterpriseRecord,
  IntellectualPropertyRecord,
  QualificationKind,
  QualificationRecord,
  YearlyFactsRecord,
} from '../../capabilities/enterprises/enterprises.contracts.ts';
import { buildIntellectualProperty } from './build-intellectual-property.ts';
import { buildQualifications, CertificateNumbers } from './build-qualifications.ts';
import { buildYearlyFacts } from './build-yearly-facts.ts';
import { allocateArchetypes, type DemoProfile } from './demo-archetypes.ts';
import { randomDateInYears } from './demo-dates.ts';
import { demoDistricts, demoIndustries, industryWeight } from './demo-industries.ts';
import { CompanyNamer, demoPersonName, demoPhone } from './demo-names.ts';
import { demoUserEnterprise, demoUserTechSmeNumber } from './demo-user-enterprise.ts';
import { makeDemoUscc } from './demo-uscc.ts';
import { describeDemoProfile } from './describe-demo-profile.ts';
import { designEnterprise } from './design-enterprise.ts';
import { isWithinTechSmeSize } from './enterprise-design.ts';
import { industrialSizeClass } from './industrial-size-class.ts';
import { createRandom } from './seeded-random.ts';

export interface DemoEnterpriseOptions {
  seed: number;
  count?: number;
  /** Years with facts; the last three are the 高企 R&D window. */
  years?: readonly number[];
}

export interface DemoEnterprises {
  enterprises: EnterpriseRecord[];
  yearlyFacts: YearlyFactsRecord[];
  intellectualProperty: IntellectualPropertyRecord[];
  qualifications: QualificationRecord[];
  profiles: DemoProfile[];
}

function validYears(years: readonly number[]): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.some((year) => !Number.isInteger(year) || year < 2010 || year > 2100)) {
    throw new RangeError(`years must be a non-empty list of years from 2010 on, got ${JSON.stringify(years)}`);
  }
  return sorted;
}

/**
 * A synthetic but plausible 湖州 enterprise population (the demo city), the same for the same seed.
 * The first enterprise is the demo enterprise user's own; the others are drawn as archetypes (see
 * `demoArchetypes`) whose facts and certificates agree with the official rules. Pure: no I/O, no clock.
 */
export function generateDemoEnterprises({ seed, count = 3000, years = [2023, 2024, 2025] }: DemoEnterpriseOptions): DemoEnterprises {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, got ${count}`);
  const sortedYears = validYears(years);
  const lastYear = sortedYears[sortedYears.length - 1]!;
  const windowYears = sortedYears.slice(-3);
  const context = { firstWindowYear: windowYears[0]!, lastYear };
  const result: DemoEnterprises = { enterprises: [], yearlyFacts: [], intellectualProperty: [], qualifications: [], profiles: [] };
  const takenUsccs = new Set<string>();
  const namer = new CompanyNamer();
  const certificateNumbers = new CertificateNumbers();

  const demoUser = demoUserEnterprise(sortedYears);
  takenUsccs.add(demoUser.enterprise.uscc);
  namer.reserve(demoUser.enterprise.name!);
  namer.reserve(demoUser.enterprise.name!.replace('示例·', ''));
  certificateNumbers.reserve(demoUserTechSmeNumber(lastYear));

  for (const [index, archetype] of allocateArchetypes(createRandom(seed), count).entries()) {
    if (archetype === 'demo_user') {
      result.enterprises.push(demoUser.enterprise);
      result.yearlyFacts.push(...demoUser.yearlyFacts);
      result.intellectualProperty.push(...demoUser.intellectualProperty);
      result.qualifications.push(...demoUser.qualifications);
      result.profiles.push(demoUser.profile);
      continue;
    }
    // Each enterprise draws from its own stream, so one archetype's changes leave the others alone.
    const random = createRandom(seed, index + 1);
    const design = designEnterprise(archetype, random, context);
    const place = random.pickWeighted(demoDistricts, (candidate) => candidate.weight);
    const industry = random.pickWeighted(demoIndustries, (candidate) => industryWeight(candidate, place.district.code, design.isTechOriented));
    const foundedOn = randomDateInYears(random, design.foundedYears);
    const uscc = makeDemoUscc(random, place.usccRegion, foundedOn, takenUsccs);
    const { name, brand } = namer.name(random, industry.nameWords, design.suffix);
    const facts = buildYearlyFacts(random, uscc, design.facts, sortedYears, foundedOn);
    const shortName = name.slice('湖州'.length, -design.suffix.length);
    const ip = buildIntellectualProperty(random, uscc, design.ip, facts.map((row) => row.year), industry.isSoftware, shortName || brand);
    const latest = facts[facts.length - 1]!;
    const holdsTechSme =
      design.techSmeChance > 0 &&
      design.taxCollectionMethod === 'audited' &&
      isWithinTechSmeSize(latest.employees!, latest.revenueFen!, latest.totalAssetsFen!) &&
      random.chance(design.techSmeChance);
    const kinds: QualificationKind[] = holdsTechSme ? [...design.qualifications, 'tech_sme'] : design.qualifications;
    const contactName = demoPersonName(random);

    result.enterprises.push({
      uscc,
      name,
      districtCode: place.district.code,
      industryCode: industry.code,
      foundedOn,
      sizeClass: industrialSizeClass(latest.employees!, latest.revenueFen!),
      status: 'active',
      taxCollectionMethod: design.taxCollectionMethod,
      legalRepresentative: demoPersonName(random),
      contactName,
      contactPhone: demoPhone(random),
      contactEmail: `contact-${uscc.slice(8, 17).toLowerCase()}@example.com`,
    });
    result.yearlyFacts.push(...facts);
    result.intellectualProperty.push(...ip);
    result.qualifications.push(
      ...buildQualifications(random, certificateNumbers, { uscc, usccRegion: place.usccRegion, foundedOn, lastYear, talentLevel: design.talentLevel }, kinds),
    );
    result.profiles.push({ uscc, name, archetype, note: describeDemoProfile(archetype, design.intent, facts, windowYears) });
  }
  return result;
}
