import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shanghaiDate, shanghaiDateTime } from './calendar-date.ts';

describe('Asia/Shanghai dates and times for people', () => {
  it('a working-day deadline (23:59:59 Beijing time = 15:59:59Z) reads as that evening', () => {
    assert.deepEqual(shanghaiDateTime(new Date('2026-11-30T15:59:59Z')), { zh: '2026-11-30 23:59（北京时间）', en: '2026-11-30 23:59 (Beijing time)' });
  });
  it('16:00Z is already the next day in 湖州', () => {
    assert.equal(shanghaiDate(new Date('2026-11-30T16:00:00Z')), '2026-12-01');
    assert.equal(shanghaiDateTime(new Date('2026-11-30T16:00:00Z')).zh, '2026-12-01 00:00（北京时间）');
  });
});
