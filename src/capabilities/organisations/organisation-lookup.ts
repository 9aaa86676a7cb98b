import { eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import type { Organisation } from './organisations.contracts.ts';
import { organisations } from './organisations.tables.ts';
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
