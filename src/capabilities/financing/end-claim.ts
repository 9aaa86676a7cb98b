import type { Transaction } from '../../platform/db/database.ts';
import type { DemandEvent } from './demand-status.ts';
import { countSlotHoldingClaims, unclaimedRecipients } from './demand-access.ts';
import type { financingDemands } from './financing.tables.ts';

/**
 * After a claim ends (declined or released) — what it leaves behind names the demand's event:
 * other claims still at work, free slots another institution may take, or nothing left.
 */
export async function eventAfterClaimEnded(tx: Transaction, demand: typeof financingDemands.$inferSelect): Promise<DemandEvent> {
  const slots = await countSlotHoldingClaims(tx, demand.id);
  if (slots.active > 0) return 'claim_ended_others_active';
  const hasRoom = slots.holding < demand.claimCap;
  const hasTaker = demand.dispatchMode === 'open' || (await unclaimedRecipients(tx, demand.id, slots.institutionIds)).length > 0;
  return hasRoom && hasTaker ? 'claim_ended_slots_left' : 'claim_ended_no_slots';
}
