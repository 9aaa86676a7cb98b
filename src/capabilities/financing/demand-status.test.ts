import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimTransitions, demandBand, demandEvents, demandStatuses, demandTransitions, nextClaimStatus, nextDemandStatus } from './demand-status.ts';

const statuses = Object.values(demandStatuses);

describe('demand status transitions (one table, row by row)', () => {
  const expected: Array<[number, string, number | undefined]> = [
    [110, 'claimed', 210],
    [210, 'claimed', 210],
    [210, 'approved', 310],
    [210, 'claim_ended_others_active', 210],
    [210, 'claim_ended_slots_left', 110],
    [210, 'claim_ended_no_slots', 410],
    [310, 'approved', 310],
    [310, 'claim_ended_others_active', 310],
    [310, 'claim_ended_slots_left', 310],
    [310, 'claim_ended_no_slots', 310],
    [110, 'claim_deadline_missed', 420],
    [410, 'referral_accepted', 110],
    [420, 'referral_accepted', 110],
    [110, 'withdrawn', 510],
    [210, 'withdrawn', 510],
    [410, 'withdrawn', 510],
    [420, 'withdrawn', 510],
  ];
  for (const [from, event, to] of expected) {
    it(`${from} --${event}--> ${to}`, () => assert.equal(nextDemandStatus(from, event as never), to));
  }

  it('every other (status, event) pair is refused', () => {
    const allowed = new Set(expected.map(([from, event]) => `${from} ${event}`));
    let refused = 0;
    for (const from of statuses) {
      for (const event of demandEvents) {
        if (allowed.has(`${from} ${event}`)) continue;
        assert.equal(nextDemandStatus(from, event), undefined, `${from} ${event}`);
        refused += 1;
      }
    }
    assert.equal(refused, statuses.length * demandEvents.length - expected.length);
    assert.equal(demandTransitions.length, expected.length);
  });

  it('a withdrawn demand is final and an approval is never undone', () => {
    for (const event of demandEvents) assert.equal(nextDemandStatus(510, event), undefined, event);
    for (const event of demandEvents) assert.ok([310, undefined].includes(nextDemandStatus(310, event)), event);
  });

  it('codes sit in their bands', () => {
    assert.deepEqual(statuses.map(demandBand), ['waiting', 'handling', 'financed', 'not_financed', 'not_financed', 'closed']);
  });
});

describe('claim status transitions', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ['claimed', 'contact', 'contacted'],
    ['claimed', 'approve', 'approved'],
    ['contacted', 'approve', 'approved'],
    ['claimed', 'decline', 'declined'],
    ['contacted', 'decline', 'declined'],
    ['claimed', 'release', 'released'],
    ['contacted', 'release', 'released'],
    ['claimed', 'withdraw', 'withdrawn'],
    ['contacted', 'withdraw', 'withdrawn'],
    ['contacted', 'contact', undefined],
    ['approved', 'decline', undefined],
    ['declined', 'approve', undefined],
    ['released', 'contact', undefined],
  ];
  for (const [from, event, to] of rows) it(`${from} --${event}--> ${to}`, () => assert.equal(nextClaimStatus(from, event), to));
  it('the table has exactly the allowed rows', () => assert.equal(claimTransitions.length, rows.filter((row) => row[2] !== undefined).length));
});
