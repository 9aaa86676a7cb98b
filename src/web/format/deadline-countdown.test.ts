import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countdownTo } from './deadline-countdown.ts';

describe('deadline countdown', () => {
  const now = new Date('2025-03-03T02:00:00Z');
  it('counts whole hours and minutes left', () => {
    assert.deepEqual(countdownTo('2025-03-04T15:59:59Z', now), { isOverdue: false, hours: 37, minutes: 59 });
    assert.deepEqual(countdownTo('2025-03-03T02:30:00Z', now), { isOverdue: false, hours: 0, minutes: 30 });
  });
  it('says a passed deadline is overdue, and by how long', () => {
    assert.deepEqual(countdownTo('2025-03-02T15:59:59Z', now), { isOverdue: true, hours: 10 });
  });
});
