import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { loadBundledCalendarYears } from '../../src/capabilities/calendar/load-bundled-calendar-years.ts';
import { evaluateDemoCity } from '../../src/demo/evaluate-demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { seedDemoEnterprises } from '../../src/demo/seed-demo-enterprises.ts';
import { demoClockStart, seedDemoFinancing } from '../../src/demo/seed-demo-financing.ts';
import { bundledCalendarYears } from '../../src/capabilities/calendar/bundled-calendar-years.ts';
import { declineReasons } from '../../src/capabilities/financing/demand-status.ts';
import { listInstitutions } from '../../src/capabilities/financing/list-institutions.ts';
import { loadBundledPolicyPacks } from '../../src/capabilities/policy-packs/load-bundled-policy-packs.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { callAs } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';

const lastBundledYear = Math.max(...bundledCalendarYears().map((content) => content.year));

forEachBackend('demo city financing', (getKjt) => {
  before(async () => {
    await seedDemoCity(getKjt().run);
    await loadBundledCalendarYears(getKjt().run, callAs(systemActor('test')));
    await loadBundledPolicyPacks(getKjt().run, callAs(systemActor('test')));
    await seedDemoEnterprises(getKjt().run, { count: 60 });
    await evaluateDemoCity(getKjt().run);
  });

  it('starts its story today when the calendar reaches every deadline set today, else on 1 December of the last covered year', async () => {
    const system = () => callAs(systemActor('test'));
    const midYear = new Date(`${lastBundledYear}-06-15T02:00:00Z`);
    assert.equal((await demoClockStart(getKjt().run, system, midYear)).toISOString(), midYear.toISOString());
    // 10 working days after 12-16 end on 12-30 (元旦 aside): still covered.
    const mid = new Date(`${lastBundledYear}-12-16T02:00:00Z`);
    assert.equal((await demoClockStart(getKjt().run, system, mid)).toISOString(), mid.toISOString());
    for (const late of [`${lastBundledYear}-12-28T02:00:00Z`, `${lastBundledYear + 1}-03-02T02:00:00Z`]) {
      assert.equal((await demoClockStart(getKjt().run, system, new Date(late))).toISOString(), `${lastBundledYear}-12-01T02:00:00.000Z`, late);
    }
  });

  it('adds products and demands in every state through the real use cases, once', async () => {
    // Late in the last covered year: the story is set on 1 December, and every deadline it sets is in that year.
    const first = await seedDemoFinancing(getKjt().run, { today: new Date(`${lastBundledYear}-12-28T02:00:00Z`) });
    assert.equal(first.isSkipped, false);
    assert.equal(first.startsAt?.slice(0, 10), `${lastBundledYear}-12-01`);
    const dates = (await getKjt().db.query<{ posted: string; latest: string }>(
      `select min(to_char(posted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')) as posted,
              greatest(max(to_char(posted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')), max(to_char(claim_deadline at time zone 'Asia/Shanghai', 'YYYY-MM-DD'))) as latest
         from financing_demands`,
    )).rows[0];
    assert.equal(dates?.posted, `${lastBundledYear}-12-01`);
    assert.ok(dates!.latest < `${lastBundledYear + 1}-01-01`, dates!.latest);
    const decisions = (await getKjt().db.query<{ latest: string }>(`select max(to_char(decision_deadline at time zone 'Asia/Shanghai', 'YYYY-MM-DD')) as latest from demand_claims`)).rows[0];
    assert.ok(decisions!.latest < `${lastBundledYear + 1}-01-01`, decisions!.latest);
    assert.ok(first.products >= 10);
    const statuses = (await getKjt().db.query<{ status: number; n: number }>('select status, count(*)::int as n from financing_demands group by status order by status')).rows.map((row) => row.status);
    assert.deepEqual(
      statuses,
      [110, 210, 310, 410, 420, 510],
      'waiting (incl. an equity round), being handled (incl. the referred one, claimed again by the guarantor), approved, declined by everyone with no referral, not claimed in time, withdrawn',
    );
    const declined = (await getKjt().db.query<{ id: string }>('select id from financing_demands where status = 410')).rows.map((row) => row.id);
    assert.equal(declined.length, 1, 'one demand ends declined');
    const claims = (await getKjt().db.query<{ status: string; reason: string | null }>('select status, decline_reason as reason from demand_claims where demand_id = $1', [declined[0]])).rows;
    assert.deepEqual(claims.map((claim) => [claim.status, Object.keys(declineReasons).includes(claim.reason ?? '')]), [['declined', true]], 'declined by its one institution with a reason from the fixed list');
    const declinedEvents = (await getKjt().db.query<{ event: string }>('select event from demand_events where demand_id = $1', [declined[0]])).rows.map((row) => row.event).sort();
    assert.deepEqual(declinedEvents, ['claim_ended_no_slots', 'claimed', 'contacted', 'posted'], 'posted, claimed, contacted, declined — and no referral');
    const events = (await getKjt().db.query<{ event: string }>('select distinct event from demand_events order by event')).rows.map((row) => row.event);
    for (const event of ['posted', 'claimed', 'contacted', 'approved', 'claim_ended_no_slots', 'referral_accepted', 'withdrawn']) assert.ok(events.includes(event), event);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from institution_ratings')).rows[0]?.n, 2);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from consents')).rows[0]?.n, 2);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from equity_interests')).rows[0]?.n, 1);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from roadshow_registrations')).rows[0]?.n, 2);
    assert.ok(((await getKjt().db.query<{ n: number }>('select count(*)::int as n from inbox_messages')).rows[0]?.n ?? 0) > 5);
    const registry = await getKjt().run(listInstitutions, {}, callAs(systemActor('test')));
    const { since, specialisedInstitutions, techFinanceDivisions, settledInGreenFinanceCentre } = registry.sinceThePolicy;
    assert.deepEqual(
      [since, specialisedInstitutions, techFinanceDivisions, settledInGreenFinanceCentre],
      ['2024-01-15', 1, 1, 2],
      'the demo institutions\' set-up since 湖政办发〔2023〕61号 took effect: 太湖 特色机构 2024-06-18; 南浔 division 2024-03-01 (太湖\'s of 2022 does not count); 太湖 and 南太湖 settled in 2024 (苕溪\'s of 2023 does not count)',
    );
    const again = await seedDemoFinancing(getKjt().run);
    assert.equal(again.isSkipped, true);
  });
});
