import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { institutionTypes, type Organisation, type OrganisationType } from './organisations.contracts.ts';
import { institutionProfiles, organisations } from './organisations.tables.ts';
import { toOrganisation } from './organisation-row.ts';

/**
 * The read other capabilities use to learn about organisations, so that none of them queries the
 * organisations table itself. No access check: the calling use case has done its own.
 */
export async function findOrganisationByCode(tx: Transaction, code: string): Promise<Organisation | undefined> {
  const [row] = await tx.select().from(organisations).where(eq(organisations.code, code));
  return row ? toOrganisation(row) : undefined;
}

export async function findOrganisationsByIds(tx: Transaction, ids: string[]): Promise<Map<string, Organisation>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select().from(organisations).where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, toOrganisation(row)]));
}

export async function countOrganisations(tx: Transaction): Promise<number> {
  const rows = await tx.select({ id: organisations.id }).from(organisations).limit(1);
  return rows.length;
}

export type InstitutionProfile = Omit<typeof institutionProfiles.$inferSelect, 'updatedAt'>;

/** Every active financial institution (optionally of one type), by name. */
export async function listInstitutionOrganisations(tx: Transaction, type?: OrganisationType): Promise<Organisation[]> {
  const rows = await tx
    .select()
    .from(organisations)
    .where(and(inArray(organisations.type, type ? [type] : [...institutionTypes]), eq(organisations.isActive, true)))
    .orderBy(asc(organisations.type), asc(organisations.name));
  return rows.map(toOrganisation);
}

/** The tech-finance profiles of these institutions, by organisation id (absent: never filled in). */
export async function findInstitutionProfiles(tx: Transaction, organisationIds: string[]): Promise<Map<string, InstitutionProfile>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await tx.select().from(institutionProfiles).where(inArray(institutionProfiles.organisationId, organisationIds));
  return new Map(rows.map(({ updatedAt: _updated, ...profile }) => [profile.organisationId, profile]));
}
