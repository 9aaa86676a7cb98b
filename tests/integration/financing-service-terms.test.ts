import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import { before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundledCalendarYears } from '../../src/capabilities/calendar/bundled-calendar-years.ts';
import { importCalendarYear } from '../../src/capabilities/calendar/import-calendar-year.ts';
import { loadBundledCalendarYears } from '../../src/capabilities/calendar/load-bundled-calendar-years.ts';
import { applyEnterpriseFacts } from '../../src/capabilities/enterprises/apply-enterprise-facts.ts';
import { linkEnterpriseOrganisation } from '../../src/capabilities/enterprises/link-enterprise-organisation.ts';
import { usccCheckCharacter } from '../../src/capabilities/enterprises/uscc.ts';
import { claimDemand } from '../../src/capabilities/financing/claim-demand.ts';
import { decideClaim } from '../../src/capabilities/financing/handle-claim.ts';
import { demandClaims, financingDemands } from '../../src/capabilities/financing/financing.tables.ts';
import { inboxMessages } from '../../src/capabilities/notifications/notifications.tables.ts';
import { postDemand } from '../../src/capabilities/financing/post-demand.ts';
import { platformServiceTerms } from '../../src/capabilities/financing/service-deadlines.ts';
import { sweepDemandDeadlines } from '../../src/capabilities/financing/sweep-demand-deadlines.ts';
import { getServiceDeadlines, updateServiceDeadlines } from '../../src/capabilities/financing/manage-service-deadlines.ts';
import { listAuditEntries } from '../../src/capabilities/audit/list-audit-entries.ts';
import { KjtError } from '../../src/platform/errors.ts';
import { findOrganisationByCode } from '../../src/capabilities/organisations/organisation-lookup.ts';
import { loadBundledPolicyPacks } from '../../src/capabilities/policy-packs/load-bundled-policy-packs.ts';
import { loadPolicyPack } from '../../src/capabilities/policy-packs/load-policy-pack.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { systemActor, type Actor } from '../../src/platform/auth/actor.ts';
import type { UseCase } from '../../src/platform/use-case.ts';
import { callAs, userActor } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';
import { testCalendarFile } from '../support/test-calendar.ts';

/**
 * 服务时限 as data (issue: "defaults in settings, a pack may override"): the platform's defaults
 * (claim 1, first contact 2, decision 7 working days) apply while no pack in force sets them; a pack
 * that sets them governs the demands posted while it is in force, and each demand keeps the terms
 * it was posted under. Expected deadlines are read off the 2026 State Council holiday notice:
 * 端午 2026-06-19 (Fri) to 06-21, no adjusted working weekend.
 */
const successorPack = fs.readFileSync(fileURLToPath(new URL('../fixtures/policy-packs/successor-example.yaml', import.meta.url)), 'utf8');
const packWithDeadlines = `${successorPack}
serviceDeadlines:
  claimWorkingDays: 3
  contactWorkingDays: 4
  decisionWorkingDays: 10
  isReopenedOnMiss: false
  clause: 示例第三条
`;

const uscc = (() => {
  const body = '91330502MA2F0007X';
  return body + usccCheckCharacter(body);
})();
/** Monday 2026-06-15, 10:00 Beijing time. */
const monday = new Date('2026-06-15T02:00:00Z');
const wan = (amount: number) => amount * 1_000_000;
const lastBundledYear = Math.max(...bundledCalendarYears().map((content) => content.year));
const demandFromXinghe = { kind: 'debt' as const, amountFen: wan(100), termMonths: 12, purpose: '流动资金周转', collateral: [], dispatchMode: 'chosen' as const, institutionCodes: ['bank-demo-taihu'], claimCap: 1 };

forEachBackend('financing service deadlines: platform defaults, a pack that overrides them, terms kept on each demand', (getKjt) => {
  const operator = () => callAs(systemActor('test'));
  let enterpriseUser: Actor;
  let bankUser: Actor;
  const runAt = <I, O>(useCase: UseCase<I, O>, input: I, actor: Actor, now: Date) => getKjt().run(async (value: I, ctx) => useCase(value, { ...ctx, now }), input, callAs(actor));
  const storedDemand = (id: string) => getKjt().run(async (_input, ctx) => (await ctx.tx.select().from(financingDemands)).find((row) => row.id === id)!, {}, operator());
  const organisationId = (code: string) => getKjt().run(async (_input, ctx) => (await findOrganisationByCode(ctx.tx, code))!.id, {}, operator());

  before(async () => {
    await seedDemoCity(getKjt().run);
    await loadBundledPolicyPacks(getKjt().run, operator());
    await loadBundledCalendarYears(getKjt().run, operator());
    const source = { channel: 'import' as const, organisationId: null, fileName: 'enterprise.xlsx', fileSha256: 'terms' };
    await getKjt().run(applyEnterpriseFacts, { subject: 'enterprise', records: [{ uscc, name: '示例·时限测试科技有限公司', districtCode: '330502', industryCode: 'C3973', foundedOn: '2019-03-01', sizeClass: 'small' }], source, isDryRun: false }, operator());
    await getKjt().run(linkEnterpriseOrganisation, { uscc, organisationCode: 'ent-demo-xinghe' }, operator());
    enterpriseUser = userActor('enterprise', { organisationId: await organisationId('ent-demo-xinghe'), organisationType: 'enterprise' });
    bankUser = userActor('institution', { organisationId: await organisationId('bank-demo-taihu'), organisationType: 'bank' });
  });

  it('with no pack in force (湖政办发〔2023〕61号 ran to 2025-12-31) a demand gets the platform defaults: claim by the 1st working day, contact by the 2nd, decide by the 7th', async () => {
    const { demandId } = await runAt(postDemand, demandFromXinghe, enterpriseUser, monday);
    const demand = await storedDemand(demandId);
    assert.deepEqual(demand.serviceTerms, platformServiceTerms);
    assert.equal(demand.claimDeadline?.toISOString(), '2026-06-16T15:59:59.000Z', '1 working day after Monday: Tuesday 23:59:59 Beijing');
    const claim = await runAt(claimDemand, { demandId }, bankUser, monday);
    assert.equal(claim.contactDeadline, '2026-06-17T15:59:59.000Z', '2 working days: Wednesday');
    assert.equal(claim.decisionDeadline, '2026-06-25T15:59:59.000Z', '7 working days skip 端午 (06-19 to 06-21): Thursday 06-25');
  });

  it('a pack in force that sets the deadlines governs new demands, names itself as their source, and the earlier demand keeps its own terms', async () => {
    const earlier = await runAt(postDemand, demandFromXinghe, enterpriseUser, monday);
    const loaded = await getKjt().run(loadPolicyPack, { text: packWithDeadlines, fileName: 'successor-with-deadlines.yaml' }, operator());
    assert.equal(loaded.outcome, 'created');

    const { demandId } = await runAt(postDemand, demandFromXinghe, enterpriseUser, monday);
    const demand = await storedDemand(demandId);
    assert.deepEqual(demand.serviceTerms, { claimWorkingDays: 3, contactWorkingDays: 4, decisionWorkingDays: 10, reminderHours: platformServiceTerms.reminderHours, isReopenedOnMiss: false, source: { packId: 'huzhou-2026-example', clause: '示例第三条' } });
    assert.equal(demand.claimDeadline?.toISOString(), '2026-06-18T15:59:59.000Z', '3 working days: Thursday');
    const claim = await runAt(claimDemand, { demandId }, bankUser, monday);
    assert.equal(claim.contactDeadline, '2026-06-22T15:59:59.000Z', '4 working days skip 端午: Monday 06-22');
    assert.equal(claim.decisionDeadline, '2026-06-30T15:59:59.000Z', '10 working days skip 端午 and the weekend of 06-27: Tuesday 06-30');

    assert.deepEqual((await storedDemand(earlier.demandId)).serviceTerms, platformServiceTerms, 'posted under the defaults, kept under the defaults');
    const earlierClaim = await runAt(claimDemand, { demandId: earlier.demandId }, bankUser, monday);
    assert.equal(earlierClaim.contactDeadline, '2026-06-17T15:59:59.000Z');
  });

  it('a missed claim re-opens a chosen dispatch only where the demand\'s own terms say so', async () => {
    const underPack = await runAt(postDemand, demandFromXinghe, enterpriseUser, monday);
    const underDefaults = await runAt(postDemand, demandFromXinghe, enterpriseUser, new Date('2025-06-16T02:00:00Z'));
    assert.equal((await storedDemand(underDefaults.demandId)).serviceTerms.source, null, '2025-06-16: 湖政办发〔2023〕61号 sets no deadlines');
    const weekLater = new Date('2026-06-26T02:00:00Z');
    await runAt(sweepDemandDeadlines, {}, systemActor('job'), weekLater);
    const [reopened, unclaimed] = [await storedDemand(underDefaults.demandId), await storedDemand(underPack.demandId)];
    assert.deepEqual([reopened.dispatchMode, reopened.status], ['open', 110], 'defaults: re-opened to every eligible institution');
    assert.deepEqual([unclaimed.dispatchMode, unclaimed.status], ['chosen', 420], 'the pack says no re-opening: marked unclaimed');
  });

  it('a demand open again after a decline gets a fresh claim deadline, so the next sweep does not time it out at once', async () => {
    const posted = new Date('2026-07-06T02:00:00Z'); // Monday; the pack in force gives 3 working days to claim
    const { demandId } = await runAt(postDemand, { ...demandFromXinghe, institutionCodes: ['bank-demo-taihu', 'bank-demo-nanxun'], claimCap: 2 }, enterpriseUser, posted);
    assert.equal((await storedDemand(demandId)).claimDeadline?.toISOString(), '2026-07-09T15:59:59.000Z');
    await runAt(claimDemand, { demandId }, bankUser, posted);
    const friday = new Date('2026-07-10T02:00:00Z'); // after the first claim deadline
    const declined = await runAt(decideClaim, { demandId, decision: 'decline', reason: 'insufficient_collateral', text: '抵押物不足' }, bankUser, friday);
    assert.equal(declined.demandStatus, 110, '南浔 has not claimed yet: open again');
    assert.equal((await storedDemand(demandId)).claimDeadline?.toISOString(), '2026-07-15T15:59:59.000Z', '3 working days after Friday 07-10: Wednesday 07-15');
    await runAt(sweepDemandDeadlines, {}, systemActor('job'), new Date('2026-07-10T03:00:00Z'));
    assert.equal((await storedDemand(demandId)).status, 110, 'not timed out on the old deadline');
  });

  it('the sweep reminds an institution once before its contact deadline, then releases the claim it missed and re-opens the demand with a fresh claim deadline', async () => {
    const posted = new Date('2026-07-13T02:00:00Z'); // Monday; the pack: claim 3, contact 4, decision 10 working days, reminder 4 h
    const { demandId } = await runAt(postDemand, { ...demandFromXinghe, institutionCodes: ['bank-demo-taihu', 'bank-demo-nanxun'], claimCap: 2 }, enterpriseUser, posted);
    const { claimId, contactDeadline } = await runAt(claimDemand, { demandId }, bankUser, posted);
    assert.equal(contactDeadline, '2026-07-17T15:59:59.000Z', '4 working days: Friday 07-17');
    const remindersToBank = async () =>
      (await getKjt().run(async (_input, ctx) => ctx.tx.select({ kind: inboxMessages.kind, link: inboxMessages.link }).from(inboxMessages).where(eq(inboxMessages.recipientOrganisationId, bankUser.kind === 'user' ? bankUser.organisationId : '')), {}, operator())).filter(
        (message) => message.kind === 'deadline_near' && message.link?.endsWith(demandId),
      ).length;
    await runAt(sweepDemandDeadlines, {}, systemActor('job'), new Date('2026-07-17T10:00:00Z')); // 18:00 Beijing: 6 h left
    assert.equal(await remindersToBank(), 0, 'more than 4 hours left: no reminder yet');
    await runAt(sweepDemandDeadlines, {}, systemActor('job'), new Date('2026-07-17T13:00:00Z')); // 21:00 Beijing: 3 h left
    await runAt(sweepDemandDeadlines, {}, systemActor('job'), new Date('2026-07-17T13:15:00Z'));
    assert.equal(await remindersToBank(), 1, 'reminded once, not at every sweep');

    await runAt(sweepDemandDeadlines, {}, systemActor('job'), new Date('2026-07-18T02:00:00Z')); // Saturday: the contact deadline has passed
    const claim = (await getKjt().run(async (_input, ctx) => ctx.tx.select().from(demandClaims).where(eq(demandClaims.id, claimId)), {}, operator()))[0];
    assert.equal(claim?.status, 'released');
    const demand = await storedDemand(demandId);
    assert.equal(demand.status, 110, '南浔 may still claim');
    assert.equal(demand.claimDeadline?.toISOString(), '2026-07-22T15:59:59.000Z', '3 working days after Saturday 07-18: Wednesday 07-22');
  });

  it('a sweep after the last loaded year leaves a step that needs a new deadline as it was, sweeps the rest, tells admins once a day, and finishes the step after the import', async () => {
    const posted = new Date(`${lastBundledYear}-12-01T02:00:00Z`);
    const release = await runAt(postDemand, { ...demandFromXinghe, institutionCodes: ['bank-demo-taihu', 'bank-demo-nanxun'], claimCap: 2 }, enterpriseUser, posted);
    const { claimId } = await runAt(claimDemand, { demandId: release.demandId }, bankUser, posted);
    const unclaimed = await runAt(postDemand, { ...demandFromXinghe, institutionCodes: ['bank-demo-nanxun'] }, enterpriseUser, posted);
    assert.equal((await storedDemand(unclaimed.demandId)).serviceTerms.isReopenedOnMiss, false, 'posted under the pack: a missed claim marks it unclaimed, no new deadline needed');

    // Early next year, its notice not imported: releasing the missed claim would open the demand again with a deadline in that year.
    const nextYear = lastBundledYear + 1;
    const january = new Date(`${nextYear}-01-04T02:00:00Z`);
    const calendarNotices = async () =>
      (await getKjt().run(async (_input, ctx) => ctx.tx.select({ role: inboxMessages.recipientRole }).from(inboxMessages).where(eq(inboxMessages.kind, `calendar_missing_${nextYear}`)), {}, operator())).map((row) => row.role).sort();
    const claimStatus = async () => (await getKjt().run(async (_input, ctx) => ctx.tx.select().from(demandClaims).where(eq(demandClaims.id, claimId)), {}, operator()))[0]?.status;
    const first = await runAt(sweepDemandDeadlines, {}, systemActor('job'), january);
    assert.deepEqual(first.missingCalendarYears, [nextYear]);
    assert.ok(first.waitingForCalendar >= 1);
    assert.equal(await claimStatus(), 'claimed', 'the release waits: nothing half done');
    assert.equal((await storedDemand(release.demandId)).status, 210);
    assert.equal((await storedDemand(unclaimed.demandId)).status, 420, 'the other demand was swept');
    assert.deepEqual(await calendarNotices(), ['admin', 'supervisor']);
    await runAt(sweepDemandDeadlines, {}, systemActor('job'), new Date(january.getTime() + 15 * 60_000));
    assert.deepEqual(await calendarNotices(), ['admin', 'supervisor'], 'not repeated at every sweep');

    await getKjt().run(importCalendarYear, { fileName: `test-calendar-${nextYear}.csv`, text: testCalendarFile(nextYear) }, operator());
    const after = await runAt(sweepDemandDeadlines, {}, systemActor('job'), january);
    assert.deepEqual([after.waitingForCalendar, after.missingCalendarYears], [0, []]);
    assert.equal(await claimStatus(), 'released');
    const reopened = await storedDemand(release.demandId);
    assert.equal(reopened.status, 110);
    assert.ok(reopened.claimDeadline && reopened.claimDeadline > january && reopened.claimDeadline.getUTCFullYear() === nextYear, 'a fresh claim deadline, counted on the imported year');
  });
  it('服务时限设置: an administrator sets the platform defaults (audited); new demands get them where no pack sets a term, earlier demands keep theirs; a bad setting writes nothing', async () => {
    const admin = userActor('admin', { username: 'test-admin' });
    const earlier = await runAt(postDemand, demandFromXinghe, enterpriseUser, new Date('2025-06-16T02:00:00Z'));
    const shown = await getKjt().run(getServiceDeadlines, {}, callAs(userActor('supervisor')));
    assert.deepEqual([shown.defaults, shown.builtIn, shown.isCustomised], [platformServiceTerms, platformServiceTerms, false]);

    await assert.rejects(
      getKjt().run(updateServiceDeadlines, { claimWorkingDays: 2, contactWorkingDays: 5, decisionWorkingDays: 4, reminderHours: 6, isReopenedOnMiss: false }, callAs(admin)),
      (error: unknown) => error instanceof KjtError && error.code === 'CONTACT_AFTER_DECISION' && /首次对接时限（5 个工作日）不得长于给出结果时限（4 个工作日）/.test(error.messages.zh),
    );
    await assert.rejects(getKjt().run(updateServiceDeadlines, { claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 9, reminderHours: 6, isReopenedOnMiss: false }, callAs(userActor('supervisor'))), (error: unknown) => error instanceof KjtError && error.code === 'FORBIDDEN');
    await assert.rejects(getKjt().run(getServiceDeadlines, {}, callAs(bankUser)), (error: unknown) => error instanceof KjtError && error.code === 'FORBIDDEN');
    assert.equal((await getKjt().run(getServiceDeadlines, {}, operator())).isCustomised, false, 'refused settings wrote nothing');

    const set = await getKjt().run(updateServiceDeadlines, { claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 9, reminderHours: 6, isReopenedOnMiss: false }, callAs(admin));
    assert.deepEqual([set.defaults, set.isCustomised, set.updatedBy], [{ claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 9, reminderHours: 6, isReopenedOnMiss: false, source: null }, true, 'test-admin']);
    const audit = await getKjt().run(listAuditEntries, { entityType: 'service_deadline_settings', page: 1, pageSize: 10 }, operator());
    assert.equal(audit.total, 1);
    assert.deepEqual([audit.items[0]?.before, audit.items[0]?.after], [
      { claimWorkingDays: 1, contactWorkingDays: 2, decisionWorkingDays: 7, reminderHours: 4, isReopenedOnMiss: true },
      { claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 9, reminderHours: 6, isReopenedOnMiss: false },
    ]);

    // 2025-06-16: no pack in force sets deadlines, so the settings apply: claim by the 2nd working day (Wednesday 06-18).
    const underSettings = await runAt(postDemand, demandFromXinghe, enterpriseUser, new Date('2025-06-16T02:00:00Z'));
    const demand = await storedDemand(underSettings.demandId);
    assert.deepEqual(demand.serviceTerms, { claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 9, reminderHours: 6, isReopenedOnMiss: false, source: null });
    assert.equal(demand.claimDeadline?.toISOString(), '2025-06-18T15:59:59.000Z');
    // 2026-06-15: the pack in force sets claim/contact/decision and re-opening; the reminder comes from the settings.
    const underPack = await storedDemand((await runAt(postDemand, demandFromXinghe, enterpriseUser, monday)).demandId);
    assert.deepEqual(underPack.serviceTerms, { claimWorkingDays: 3, contactWorkingDays: 4, decisionWorkingDays: 10, reminderHours: 6, isReopenedOnMiss: false, source: { packId: 'huzhou-2026-example', clause: '示例第三条' } });
    assert.deepEqual((await storedDemand(earlier.demandId)).serviceTerms, platformServiceTerms, 'posted before the change: keeps the built-in defaults');
  });
});
