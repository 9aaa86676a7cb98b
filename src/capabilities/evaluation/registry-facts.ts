import type { RegistryFacts } from '../enterprises/enterprise-facts-lookup.ts';
import { factQualificationKinds, type EnterpriseFacts, type FactQualificationKind, type IntellectualPropertyFacts, type QualificationFacts, type YearFacts } from './facts.contracts.ts';

const awardLevels = ['national', 'provincial', 'municipal'] as const;
type AwardLevel = (typeof awardLevels)[number];
const isAwardLevel = (level: string): level is AwardLevel => (awardLevels as readonly string[]).includes(level);
const isFactQualificationKind = (kind: string): kind is FactQualificationKind => (factQualificationKinds as readonly string[]).includes(kind);

/** Copies the fields that have a value: a null in the registry is "not known" and stays absent. */
function present<T extends object>(values: Record<string, unknown>, fields: readonly (keyof T & string)[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field];
    if (value !== null && value !== undefined) out[field] = value;
  }
  return out as Partial<T>;
}

const yearFields = [
  'employees', 'techStaff', 'rndStaff', 'revenueFen', 'mainBusinessRevenueFen', 'costsAndExpensesFen', 'rndExpenseFen', 'rndExpenseDomesticFen',
  'highTechRevenueFen', 'totalAssetsFen', 'totalLiabilitiesFen', 'netProfitFen', 'taxPaidFen', 'qualifiedEquityRaisedFen',
] as const satisfies readonly (keyof YearFacts)[];
const ipFields = ['classOneCount', 'classTwoCount', 'inventionPatentsInMainBusiness', 'softwareCopyrights', 'standardsLed', 'achievementsTransferred'] as const satisfies readonly (keyof IntellectualPropertyFacts)[];

/**
 * The registry's record of one enterprise in the facts format the engine reads, as of `asOf`.
 * Only what the registry holds is filled in: credit and safety flags and the MIIT platform score
 * are not registry facts, so rules that need them answer `manual_review` and name them.
 */
export function factsFromRegistry(record: RegistryFacts, asOf: string): EnterpriseFacts {
  const { enterprise } = record;
  const facts: EnterpriseFacts = {
    uscc: enterprise.uscc,
    name: enterprise.name,
    asOf,
    years: record.yearly.map((row) => ({ year: row.year, ...present<YearFacts>(row, yearFields) })),
    intellectualProperty: record.intellectualProperty.map((row) => {
      const ip: IntellectualPropertyFacts = { year: row.year, ...present<IntellectualPropertyFacts>(row, ipFields) };
      if (row.awards) ip.awards = row.awards.filter((award) => isAwardLevel(award.level)).map((award) => ({ level: award.level as AwardLevel, year: award.year, rank: award.rank, name: award.name }));
      if (row.rndInstitutions) ip.rndInstitutions = row.rndInstitutions.filter((institution) => isAwardLevel(institution.level)).map((institution) => ({ level: institution.level as AwardLevel, name: institution.name }));
      return ip;
    }),
    qualifications: record.qualifications
      .filter((row) => isFactQualificationKind(row.kind))
      .map((row) => {
        const qualification: QualificationFacts = { kind: row.kind as FactQualificationKind, certificateNumber: row.certificateNumber };
        if (row.validFrom) qualification.validFrom = row.validFrom;
        if (row.validTo) qualification.validTo = row.validTo;
        if (row.programme) qualification.programme = row.programme;
        if (row.level) qualification.level = row.level;
        if (row.isRevoked) qualification.isRevoked = true;
        return qualification;
      }),
  };
  if (enterprise.foundedOn) facts.foundedOn = enterprise.foundedOn;
  if (enterprise.districtCode) facts.districtCode = enterprise.districtCode;
  if (enterprise.industryCode) facts.industryCode = enterprise.industryCode;
  if (enterprise.sizeClass) facts.sizeClass = enterprise.sizeClass as EnterpriseFacts['sizeClass'];
  if (enterprise.taxCollectionMethod) facts.taxCollectionMethod = enterprise.taxCollectionMethod as EnterpriseFacts['taxCollectionMethod'];
  return facts;
}
