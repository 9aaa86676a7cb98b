import { shanghaiDateTime } from '../../platform/calendar-date.ts';
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import { addWorkingDays } from '../calendar/calendar-lookup.ts';
import { findEnterpriseLabels } from '../enterprises/enterprise-lookup.ts';
import { inboxMessages } from '../notifications/notifications.tables.ts';
import { notify, type Notification } from '../notifications/notify.ts';
import { KjtError } from '../../platform/errors.ts';
import { activeClaimStatuses } from './demand-access.ts';
import { nextClaimStatus } from './demand-status.ts';
import { applyDemandEvent, lockDemand, recordDemandNote } from './demand-transition.ts';
import { eventAfterClaimEnded } from './end-claim.ts';
import { demandClaims, financingDemands } from './financing.tables.ts';

export interface SweepOutcome {
  reopened: number;
  unclaimed: number;
  released: number;
  reminded: number;
  /** Steps left as they were because a new deadline falls in a year whose calendar is not loaded; a later sweep takes them. */
  waitingForCalendar: number;
  /** The years whose notices those steps wait for. */
  missingCalendarYears: number[];
}

const overdue = (kind: string, demandId: string, zh: string, en: string): Notification => ({
  to: { role: 'supervisor' },
  kind,
  title: { zh: `融资需求超时：${zh}`, en: `Financing demand overdue: ${en}` },
  body: { zh: `需求 ${demandId}`, en: `Demand ${demandId}` },
  link: `/financing/demands/${demandId}`,
});

async function tellEnterprise(ctx: UseCaseContext, enterpriseId: string, message: Omit<Notification, 'to'>): Promise<void> {
  const enterprise = (await findEnterpriseLabels(ctx.tx, [enterpriseId])).get(enterpriseId);
  if (enterprise?.organisationId) await notify(ctx.tx, [{ to: { organisationId: enterprise.organisationId }, ...message }]);
}

type ClaimRow = typeof demandClaims.$inferSelect;

/** Still being handled, and past the deadline of its next step (first contact, then decision). */
function isClaimOverdue(claim: ClaimRow, now: Date): boolean {
  if (!(activeClaimStatuses as readonly string[]).includes(claim.status)) return false;
  const contactMissed = claim.status === 'claimed' && claim.contactDeadline !== null && claim.contactDeadline < now;
  const decisionMissed = claim.decisionDeadline !== null && claim.decisionDeadline < now;
  return contactMissed || decisionMissed;
}

/**
 * Runs one demand's step in a savepoint. A step that needs a deadline in a year whose notice is not
 * loaded is undone and the demand left as it was (the platform never guesses working days); the
 * other demands are still swept, and a later sweep retries once the year is imported.
 */
async function stepUnlessCalendarMissing(ctx: UseCaseContext, outcome: SweepOutcome, step: (ctx: UseCaseContext) => Promise<void>): Promise<boolean> {
  try {
    await ctx.tx.transaction((savepoint) => step({ ...ctx, tx: savepoint }));
    return true;
  } catch (error) {
    if (!(error instanceof KjtError) || error.code !== 'CALENDAR_YEAR_NOT_COVERED') throw error;
    outcome.waitingForCalendar += 1;
    const year = Number(error.details?.year);
    if (!outcome.missingCalendarYears.includes(year)) outcome.missingCalendarYears.push(year);
    return false;
  }
}

/** Tells the administrators and supervisors which year's notice the waiting steps need, at most once a day per year. */
async function tellCalendarMissing(ctx: UseCaseContext, outcome: SweepOutcome): Promise<void> {
  for (const year of outcome.missingCalendarYears) {
    const kind = `calendar_missing_${year}`;
    const [recent] = await ctx.tx.select({ id: inboxMessages.id }).from(inboxMessages).where(and(eq(inboxMessages.kind, kind), gt(inboxMessages.createdAt, sql`now() - interval '1 day'`))).limit(1);
    if (recent) continue;
    const message = {
      kind,
      title: { zh: `${year} 年工作日历尚未导入，融资服务时限无法计算`, en: `The ${year} working-day calendar is not loaded: financing deadlines cannot be set` },
      body: {
        zh: `时限巡检有 ${outcome.waitingForCalendar} 项处理需要 ${year} 年的截止日，已保持原状；新的接单也会被拒绝。请在“工作日历”页面或用 kjt calendar import 导入国务院办公厅 ${year} 年放假安排通知。`,
        en: `The deadline sweep left ${outcome.waitingForCalendar} step(s) as they were because their deadlines fall in ${year}; new claims are refused too. Import the State Council General Office's ${year} holiday notice on the Working-day calendar page or with kjt calendar import.`,
      },
      link: '/calendar',
    };
    await notify(ctx.tx, [{ to: { role: 'admin' }, ...message }, { to: { role: 'supervisor' }, ...message }]);
  }
}

/**
 * 时限巡检 (every 15 minutes): a demand nobody claimed in time re-opens to every eligible
 * institution once (chosen dispatch), else it is marked unclaimed and the enterprise may accept a
 * referral; a claim whose contact or decision deadline passed is released and its slot freed; the
 * supervisors hear of every miss; institutions are reminded shortly before a deadline.
 */
export const sweepDemandDeadlines: UseCase<Record<string, never>, SweepOutcome> = async (_input, ctx) => {
  assertCan(ctx.actor, 'financing.supervise');
  const outcome: SweepOutcome = { reopened: 0, unclaimed: 0, released: 0, reminded: 0, waitingForCalendar: 0, missingCalendarYears: [] };
  const late = await ctx.tx.select({ id: financingDemands.id }).from(financingDemands).where(and(eq(financingDemands.status, 110), lt(financingDemands.claimDeadline, ctx.now)));
  for (const { id } of late) {
    const demand = await lockDemand(ctx, id);
    // Read again under the lock: a claim or a withdrawal may have come in since the list was read.
    if (demand.status !== 110 || !demand.claimDeadline || demand.claimDeadline >= ctx.now) continue;
    if (demand.serviceTerms.isReopenedOnMiss && demand.dispatchMode === 'chosen') {
      const isReopened = await stepUnlessCalendarMissing(ctx, outcome, async (step) => {
        const claimDeadline = await addWorkingDays(step.tx, step.now, demand.serviceTerms.claimWorkingDays);
        await step.tx.update(financingDemands).set({ dispatchMode: 'open', claimCap: Math.max(demand.claimCap, 3), claimDeadline, updatedAt: step.now }).where(eq(financingDemands.id, id));
        await recordDemandNote(step, demand, 'reopened', { details: { claimDeadline: claimDeadline.toISOString() } });
        await notify(step.tx, [overdue('deadline_missed', id, '指定机构未按时接单，已向所有符合条件的机构开放', 'the chosen institutions did not claim in time; opened to every eligible institution')]);
      });
      if (isReopened) outcome.reopened += 1;
      continue;
    }
    await applyDemandEvent(ctx, demand, 'claim_deadline_missed', { action: { zh: '超时', en: 'time out' } });
    await notify(ctx.tx, [overdue('deadline_missed', id, '无机构接单', 'no institution claimed it')]);
    await tellEnterprise(ctx, demand.enterpriseId, { kind: 'referral', title: { zh: '您的融资需求暂无机构接单', en: 'No institution has claimed your demand' }, body: { zh: '您可以选择其他机构或担保机构转介', en: 'You may refer it to other institutions or a guarantor' }, link: `/financing/demands/${id}` });
    outcome.unclaimed += 1;
  }

  const missed = await ctx.tx
    .select()
    .from(demandClaims)
    .where(inArray(demandClaims.status, [...activeClaimStatuses]));
  for (const listed of missed) {
    if (!isClaimOverdue(listed, ctx.now)) continue;
    const demand = await lockDemand(ctx, listed.demandId);
    // Read again under the lock: the institution may have contacted or decided since the list was read.
    const [claim] = await ctx.tx.select().from(demandClaims).where(eq(demandClaims.id, listed.id));
    if (!claim || !isClaimOverdue(claim, ctx.now)) continue;
    const contactMissed = claim.status === 'claimed' && claim.contactDeadline !== null && claim.contactDeadline < ctx.now;
    const released = nextClaimStatus(claim.status, 'release');
    if (!released) continue;
    // Releasing may open the demand again, with a fresh claim deadline.
    const isReleased = await stepUnlessCalendarMissing(ctx, outcome, async (step) => {
      await step.tx.update(demandClaims).set({ status: released }).where(eq(demandClaims.id, claim.id));
      const event = await eventAfterClaimEnded(step.tx, demand);
      await applyDemandEvent(step, demand, event, { claimId: claim.id, action: { zh: '超时释放', en: 'release on a missed deadline' }, details: { missed: contactMissed ? 'contact' : 'decision' } });
      await notify(step.tx, [
        overdue('deadline_missed', demand.id, contactMissed ? '机构未按时首次对接' : '机构未按时给出结果', contactMissed ? 'the institution did not make contact in time' : 'the institution did not decide in time'),
        { to: { organisationId: claim.institutionId }, kind: 'deadline_missed', title: { zh: '服务时限已过，接单已释放', en: 'Deadline missed: your claim was released' }, body: { zh: `需求 ${demand.id}`, en: `Demand ${demand.id}` }, link: `/financing/demands/${demand.id}` },
      ]);
    });
    if (isReleased) outcome.released += 1;
  }

  const dueSoon = await ctx.tx
    .select({ claim: demandClaims, serviceTerms: financingDemands.serviceTerms })
    .from(demandClaims)
    .innerJoin(financingDemands, eq(financingDemands.id, demandClaims.demandId))
    .where(and(inArray(demandClaims.status, [...activeClaimStatuses]), isNull(demandClaims.remindedAt)));
  for (const { claim, serviceTerms } of dueSoon) {
    const next = claim.status === 'claimed' ? claim.contactDeadline : claim.decisionDeadline;
    const soon = new Date(ctx.now.getTime() + serviceTerms.reminderHours * 3600_000);
    if (!next || next > soon || next < ctx.now) continue;
    await ctx.tx.update(demandClaims).set({ remindedAt: ctx.now }).where(eq(demandClaims.id, claim.id));
    await notify(ctx.tx, [{ to: { organisationId: claim.institutionId }, kind: 'deadline_near', title: { zh: '服务时限将至', en: 'A deadline is near' }, body: { zh: `截止 ${shanghaiDateTime(next).zh}`, en: `Due ${shanghaiDateTime(next).en}` }, link: `/financing/demands/${claim.demandId}` }]);
    outcome.reminded += 1;
  }
  await tellCalendarMissing(ctx, outcome);
  if (outcome.reopened + outcome.unclaimed + outcome.released + outcome.waitingForCalendar > 0) await ctx.audit({ action: 'financing.deadlines-swept', entityType: 'financing_demand', after: outcome });
  return outcome;
};
