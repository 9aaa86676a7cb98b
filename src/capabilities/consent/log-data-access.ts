import type { Actor } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { dataAccessLog } from './consent.tables.ts';

/**
 * 查阅留痕: records that an institution's user read an enterprise's data and on what basis, in the
 * reading transaction. Reads by anyone but an institution are not logged here (they are in scope
 * by role and audited where they change something).
 */
export async function logDataAccess(tx: Transaction, actor: Actor, entries: Array<{ enterpriseId: string; scopes: string[]; basis: 'consent' | 'demand'; basisId: string }>): Promise<void> {
  if (actor.kind !== 'user' || actor.role !== 'institution' || entries.length === 0) return;
  await tx.insert(dataAccessLog).values(entries.map((entry) => ({ ...entry, institutionId: actor.organisationId, userId: actor.userId })));
}
