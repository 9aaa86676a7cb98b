import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { enterpriseScopeCondition } from './enterprise-scope.ts';
import { enterprises } from './enterprises.tables.ts';

/** The identity of an enterprise as other capabilities show it in lists. */
export interface EnterpriseLabel {
  id: string;
  uscc: string;
  name: string;
  districtCode: string | null;
  industryCode: string | null;
  organisationId: string | null;
}

const labelColumns = {
  id: enterprises.id,
  uscc: enterprises.uscc,
  name: enterprises.name,
  districtCode: enterprises.districtCode,
  industryCode: enterprises.industryCode,
  organisationId: enterprises.organisationId,
};

/** Labels of the enterprises with these ids, by id. */
export async function findEnterpriseLabels(tx: Transaction, enterpriseIds: string[]): Promise<Map<string, EnterpriseLabel>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await tx.select(labelColumns).from(enterprises).where(inArray(enterprises.id, [...new Set(enterpriseIds)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * A subquery of the ids of the enterprises an actor may see, optionally in one district: other
 * capabilities filter their own rows with `enterprise_id IN (...)` without touching this table.
 */
export function enterpriseIdsInScope(actor: Actor, filters: { districtCode?: string } = {}): SQL {
  const where = and(enterpriseScopeCondition(actor), filters.districtCode ? eq(enterprises.districtCode, filters.districtCode) : undefined);
  return sql`(select ${enterprises.id} from ${enterprises}${where ? sql` where ${where}` : sql``})`;
}

/** The enterprise an enterprise user's organisation is linked to (一企一档 ↔ 企业用户). */
export async function findEnterpriseOfOrganisation(tx: Transaction, organisationId: string): Promise<EnterpriseLabel | undefined> {
  const [row] = await tx.select(labelColumns).from(enterprises).where(eq(enterprises.organisationId, organisationId)).limit(1);
  return row;
}

/** An enterprise's contacts, unmasked, for a use case that has established the reader's right (e.g. a consent). */
export async function findEnterpriseContacts(tx: Transaction, enterpriseId: string): Promise<{ contactName: string | null; contactPhone: string | null; contactEmail: string | null } | undefined> {
  const [row] = await tx.select({ contactName: enterprises.contactName, contactPhone: enterprises.contactPhone, contactEmail: enterprises.contactEmail }).from(enterprises).where(eq(enterprises.id, enterpriseId));
  return row;
}

/** The label of the enterprise with this USCC (normalised by the caller). */
export async function findEnterpriseByUscc(tx: Transaction, uscc: string): Promise<EnterpriseLabel | undefined> {
  const [row] = await tx.select(labelColumns).from(enterprises).where(eq(enterprises.uscc, uscc));
  return row;
}
