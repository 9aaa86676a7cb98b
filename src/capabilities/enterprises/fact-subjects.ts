import type { PgTable } from 'drizzle-orm/pg-core';
import type { FactSubject } from './enterprises.contracts.ts';
import { enterpriseIntellectualProperty, enterpriseQualifications, enterpriseYearlyFacts, enterprises } from './enterprises.tables.ts';

/** How each kind of fact is stored: its table, the fields that identify a row and the fields that are facts. */
export interface SubjectSpec {
  subject: FactSubject;
  table: PgTable;
  /** Identifying fields besides the enterprise (e.g. year). */
  keyFields: readonly string[];
  valueFields: readonly string[];
}

export const enterpriseValueFields = [
  'name',
  'districtCode',
  'industryCode',
  'foundedOn',
  'sizeClass',
  'status',
  'taxCollectionMethod',
  'legalRepresentative',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;

export const yearlyValueFields = [
  'employees',
  'techStaff',
  'rndStaff',
  'revenueFen',
  'mainBusinessRevenueFen',
  'costsAndExpensesFen',
  'rndExpenseFen',
  'rndExpenseDomesticFen',
  'highTechRevenueFen',
  'totalAssetsFen',
  'totalLiabilitiesFen',
  'netProfitFen',
  'taxPaidFen',
  'qualifiedEquityRaisedFen',
] as const;

export const intellectualPropertyValueFields = [
  'classOneCount',
  'classTwoCount',
  'inventionPatentsInMainBusiness',
  'softwareCopyrights',
  'standardsLed',
  'achievementsTransferred',
  'awards',
  'rndInstitutions',
] as const;

export const qualificationValueFields = ['validFrom', 'validTo', 'programme', 'level', 'isRevoked'] as const;

export const subjectSpecs: Record<FactSubject, SubjectSpec> = {
  enterprise: { subject: 'enterprise', table: enterprises, keyFields: [], valueFields: enterpriseValueFields },
  yearly: { subject: 'yearly', table: enterpriseYearlyFacts, keyFields: ['year'], valueFields: yearlyValueFields },
  ip: { subject: 'ip', table: enterpriseIntellectualProperty, keyFields: ['year'], valueFields: intellectualPropertyValueFields },
  qualification: { subject: 'qualification', table: enterpriseQualifications, keyFields: ['kind', 'certificateNumber'], valueFields: qualificationValueFields },
};

/** The period a fact row belongs to, as kept in the history: the year, the certificate, or '' for the profile. */
export function periodOf(spec: SubjectSpec, record: Record<string, unknown>): string {
  return spec.keyFields.map((field) => String(record[field])).join('/');
}
