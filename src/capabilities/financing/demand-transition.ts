import { eq } from 'drizzle-orm';
import { actorLabel } from '../../platform/auth/actor.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { addWorkingDays } from '../calendar/calendar-lookup.ts';
import { demandStatuses, demandStatusNames, nextDemandStatus, type DemandEvent, type DemandStatus } from './demand-status.ts';
import { financingErrors } from './financing.errors.ts';
import { demandEvents, financingDemands } from './financing.tables.ts';

type DemandRow = typeof financingDemands.$inferSelect;

/** The demand's row, locked for this transaction: claims and decisions on one demand take turns. */
export async function lockDemand(ctx: UseCaseContext, demandId: string): Promise<DemandRow> {
  const [row] = await ctx.tx.select().from(financingDemands).where(eq(financingDemands.id, demandId)).for('update');
  if (!row) throw financingErrors('DEMAND_NOT_FOUND', { demandId });
  return row;
}

export function statusLabel(status: number): string {
  const name = demandStatusNames[status as DemandStatus];
  return name ? `${name.zh} / ${name.en}` : String(status);
}

/**
 * Moves a demand by the transition table and writes the timeline entry; a pair the table does not
 * list is refused with the status people see.
 */
export async function applyDemandEvent(
  ctx: UseCaseContext,
  demand: DemandRow,
  event: DemandEvent,
  options: { claimId?: string; details?: Record<string, unknown>; action: { zh: string; en: string }; set?: Partial<typeof financingDemands.$inferInsert> },
): Promise<DemandStatus> {
  const to = nextDemandStatus(demand.status, event);
  if (to === undefined) throw financingErrors('TRANSITION_REFUSED', { status: statusLabel(demand.status), action: `${options.action.zh} / ${options.action.en}` });
  // Open for claims again (a decline or a release left a slot): institutions get a fresh claim deadline.
  const reopened = to === demandStatuses.open && demand.status !== demandStatuses.open && !options.set?.claimDeadline ? { claimDeadline: await addWorkingDays(ctx.tx, ctx.now, demand.serviceTerms.claimWorkingDays) } : {};
  await ctx.tx
    .update(financingDemands)
    .set({ ...options.set, ...reopened, status: to, updatedAt: ctx.now, ...(to >= 500 ? { closedAt: ctx.now } : {}) })
    .where(eq(financingDemands.id, demand.id));
  await ctx.tx.insert(demandEvents).values({ demandId: demand.id, claimId: options.claimId ?? null, event, fromStatus: demand.status, toStatus: to, actorLabel: actorLabel(ctx.actor), details: options.details ?? null, at: ctx.now });
  demand.status = to;
  if (reopened.claimDeadline) demand.claimDeadline = reopened.claimDeadline;
  return to;
}

/** A timeline entry that does not change the demand's status (a contact, a reminder, a re-opening). */
export async function recordDemandNote(ctx: UseCaseContext, demand: DemandRow, event: string, options: { claimId?: string; details?: Record<string, unknown> } = {}): Promise<void> {
  await ctx.tx.insert(demandEvents).values({ demandId: demand.id, claimId: options.claimId ?? null, event, fromStatus: demand.status, toStatus: demand.status, actorLabel: actorLabel(ctx.actor), details: options.details ?? null, at: ctx.now });
}
