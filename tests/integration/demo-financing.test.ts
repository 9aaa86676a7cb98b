import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { loadBundledCalendarYears } from '../../src/capabilities/calendar/load-bundled-calendar-years.ts';
import { evaluateDemoCity } from '../../src/demo/evaluate-demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { seedDemoEnterprises } from '../../src/demo/seed-demo-enterprises.ts';
import { seedDemoFinancing } from '../../src/demo/seed-demo-financing.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { callAs } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';

forEachBackend('demo city financing', (getKjt) => {
  before(async () => {
    await seedDemoCity(getKjt().run);
    await loadBundledCalendarYears(getKjt().run, callAs(systemActor('test')));
    await seedDemoEnterprises(getKjt().run, { count: 60 });
    await evaluateDemoCity(getKjt().run);
  });

  it('adds products and demands in every state through the real use cases, once', async () => {
    const first = await seedDemoFinancing(getKjt().run);
    assert.equal(first.isSkipped, false);
    assert.ok(first.products >= 10);
    const statuses = (await getKjt().db.query<{ status: number; n: number }>('select status, count(*)::int as n from financing_demands group by status order by status')).rows.map((row) => row.status);
    assert.deepEqual(statuses, [110, 210, 310, 420, 510], 'waiting (incl. a referred one and an equity round), being handled, approved, not claimed in time, withdrawn');
    const events = (await getKjt().db.query<{ event: string }>('select distinct event from demand_events order by event')).rows.map((row) => row.event);
    for (const event of ['posted', 'claimed', 'contacted', 'approved', 'claim_ended_no_slots', 'referral_accepted', 'withdrawn']) assert.ok(events.includes(event), event);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from institution_ratings')).rows[0]?.n, 2);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from consents')).rows[0]?.n, 2);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from equity_interests')).rows[0]?.n, 1);
    assert.equal((await getKjt().db.query<{ n: number }>('select count(*)::int as n from roadshow_registrations')).rows[0]?.n, 2);
    assert.ok(((await getKjt().db.query<{ n: number }>('select count(*)::int as n from inbox_messages')).rows[0]?.n ?? 0) > 5);
    const again = await seedDemoFinancing(getKjt().run);
    assert.equal(again.isSkipped, true);
  });
});
