import { and, eq, gte, isNull, sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { consents } from './consent.tables.ts';

/** Whether the enterprise has a running consent to the institution on `today`, for other capabilities. */
export async function hasActiveConsent(tx: Transaction, enterpriseId: string, institutionId: string, today: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.enterpriseId, enterpriseId), eq(consents.institutionId, institutionId), isNull(consents.revokedAt), gte(consents.validUntil, today)))
    .limit(1);
  return row !== undefined;
}

/** A subquery of the enterprises with a running consent to the institution, for other capabilities' filters. */
export function enterprisesConsentingTo(institutionId: string, today: string): SQL {
  return sql`(select ${consents.enterpriseId} from ${consents} where ${consents.institutionId} = ${institutionId} and ${consents.revokedAt} is null and ${consents.validUntil} >= ${today})`;
}
