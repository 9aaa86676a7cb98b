import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database.ts';
import { assertCan, can } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { RoadshowInput, RoadshowView } from './financing.contracts.ts';
import { financingErrors } from './financing.errors.ts';
import { roadshowRegistrations, roadshows } from './financing.tables.ts';

/**
 * The roadshows as `viewerOrganisationId` may see them: every registration when it is null (an
 * overseer), otherwise only that organisation's own — who else presents or invests, and how it went
 * for them, is theirs and the organiser's business; the summary only to those registered for it. The
 * counts are public either way.
 */
async function roadshowViews(tx: Transaction, rows: Array<typeof roadshows.$inferSelect>, viewerOrganisationId: string | null): Promise<RoadshowView[]> {
  const registrations = rows.length === 0 ? [] : await tx.select().from(roadshowRegistrations).where(inArray(roadshowRegistrations.roadshowId, rows.map((row) => row.id))).orderBy(asc(roadshowRegistrations.registeredAt));
  const visible = viewerOrganisationId === null ? registrations : registrations.filter((entry) => entry.organisationId === viewerOrganisationId);
  const organisations = await findOrganisationsByIds(tx, visible.map((entry) => entry.organisationId));
  return rows.map((row) => {
    const ofRow = registrations.filter((entry) => entry.roadshowId === row.id);
    return {
      id: row.id,
      title: row.title,
      heldOn: row.heldOn,
      location: row.location,
      status: row.status as RoadshowView['status'],
      // The minutes name who presented and how it went: for the organiser and those who took part.
      summary: viewerOrganisationId === null || ofRow.some((entry) => entry.organisationId === viewerOrganisationId) ? row.summary : null,
      presenterCount: ofRow.filter((entry) => entry.role === 'presenter').length,
      investorCount: ofRow.filter((entry) => entry.role === 'investor').length,
      registrations: visible
        .filter((entry) => entry.roadshowId === row.id)
        .map((entry) => ({ organisation: { code: organisations.get(entry.organisationId)?.code ?? '', name: organisations.get(entry.organisationId)?.name ?? '' }, role: entry.role as 'presenter' | 'investor', attended: entry.attended, outcome: entry.outcome, outcomeNote: entry.outcomeNote })),
    };
  });
}

/** 路演: an overseer (市金融办, 科技局, an advisor's office…) schedules a roadshow. */
export const createRoadshow: UseCase<RoadshowInput, RoadshowView> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.supervise');
  const [row] = await ctx.tx.insert(roadshows).values({ id: newId('rsh'), ...input, organiserOrganisationId: ctx.actor.kind === 'user' ? ctx.actor.organisationId : null }).returning();
  await ctx.audit({ action: 'financing.roadshow-created', entityType: 'roadshow', entityId: row!.id, after: row });
  return (await roadshowViews(ctx.tx, [row!], null))[0]!;
};

/**
 * Every roadshow, the latest first. An overseer sees who registered, attended and what came of it;
 * anyone else signed in sees the public part (title, date, place, how many present and invest) and
 * only its own organisation's registration.
 */
export const listRoadshows: UseCase<Record<string, never>, RoadshowView[]> = async (_input, ctx) => {
  assertCan(ctx.actor, 'session');
  const viewerOrganisationId = can(ctx.actor, 'financing.supervise') || ctx.actor.kind !== 'user' ? null : ctx.actor.organisationId;
  return roadshowViews(ctx.tx, await ctx.tx.select().from(roadshows).orderBy(desc(roadshows.heldOn)), viewerOrganisationId);
};

/** 报名: an enterprise registers to present, an investor to attend (its own organisation, once). */
export const registerForRoadshow: UseCase<{ roadshowId: string; role: 'presenter' | 'investor' }, { role: 'presenter' | 'investor' }> = async (input, ctx) => {
  const role = input.role;
  assertCan(ctx.actor, role === 'presenter' ? 'financing.demand' : 'financing.handle');
  if (ctx.actor.kind !== 'user') throw financingErrors('NOT_AN_INSTITUTION', { code: '—' });
  const [roadshow] = await ctx.tx.select().from(roadshows).where(eq(roadshows.id, input.roadshowId));
  if (!roadshow || roadshow.status !== 'planned') throw financingErrors('ROADSHOW_NOT_OPEN', { roadshowId: input.roadshowId });
  await ctx.tx.insert(roadshowRegistrations).values({ roadshowId: roadshow.id, organisationId: ctx.actor.organisationId, role, registeredAt: ctx.now }).onConflictDoNothing();
  await ctx.audit({ action: 'financing.roadshow-registered', entityType: 'roadshow', entityId: roadshow.id, after: { organisationId: ctx.actor.organisationId, role } });
  return { role };
};

/** 路演结果: after the day, the organiser records who attended and what came of it for each participant. */
export const recordRoadshowOutcome: UseCase<{ roadshowId: string; summary?: string; participants: Array<{ organisationCode: string; attended: boolean; outcome?: string; outcomeNote?: string }> }, RoadshowView> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.supervise');
  const [roadshow] = await ctx.tx.select().from(roadshows).where(eq(roadshows.id, input.roadshowId));
  if (!roadshow) throw financingErrors('ROADSHOW_NOT_OPEN', { roadshowId: input.roadshowId });
  const registered = await ctx.tx.select().from(roadshowRegistrations).where(eq(roadshowRegistrations.roadshowId, roadshow.id));
  const organisations = await findOrganisationsByIds(ctx.tx, registered.map((entry) => entry.organisationId));
  for (const participant of input.participants) {
    const entry = registered.find((candidate) => organisations.get(candidate.organisationId)?.code === participant.organisationCode);
    if (!entry) throw financingErrors('NOT_REGISTERED', { code: participant.organisationCode });
    await ctx.tx
      .update(roadshowRegistrations)
      .set({ attended: participant.attended, outcome: participant.outcome ?? null, outcomeNote: participant.outcomeNote ?? null })
      .where(and(eq(roadshowRegistrations.roadshowId, roadshow.id), eq(roadshowRegistrations.organisationId, entry.organisationId)));
  }
  const [row] = await ctx.tx.update(roadshows).set({ status: 'held', summary: input.summary ?? roadshow.summary }).where(eq(roadshows.id, roadshow.id)).returning();
  await ctx.audit({ action: 'financing.roadshow-held', entityType: 'roadshow', entityId: roadshow.id, after: input });
  return (await roadshowViews(ctx.tx, [row!], null))[0]!;
};
