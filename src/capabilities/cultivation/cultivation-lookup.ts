import { inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { cultivationMemberships } from './cultivation.tables.ts';
import { tierSetInUse } from './load-tier-set.ts';

/** The tier each of these enterprises is in (absent: not in the database), for other capabilities. */
export async function findTiers(tx: Transaction, enterpriseIds: string[]): Promise<Map<string, string>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await tx.select({ enterpriseId: cultivationMemberships.enterpriseId, tierCode: cultivationMemberships.tierCode }).from(cultivationMemberships).where(inArray(cultivationMemberships.enterpriseId, enterpriseIds));
  return new Map(rows.map((row) => [row.enterpriseId, row.tierCode]));
}

/** Tier names by code, for sentences that name a tier. */
export function tierNames(): Record<string, { zh: string; en: string }> {
  return Object.fromEntries(tierSetInUse().tiers.map((tier) => [tier.code, tier.name]));
}
