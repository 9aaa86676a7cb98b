import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { platformServiceTerms, serviceTermsOf } from './service-deadlines.ts';

describe('serviceTermsOf: 服务时限 of a demand (SPEC §2.5: claim 1, first contact 2, decision 7 working days unless the pack in force says otherwise)', () => {
  const cases: Array<[string, Parameters<typeof serviceTermsOf>[0], Partial<typeof platformServiceTerms>]> = [
    ['no pack in force: the platform defaults', undefined, {}],
    ['a pack without the section: the defaults', { id: 'huzhou-2023-61' }, {}],
    ['a section with only a clause sets nothing: the defaults', { id: 'p', serviceDeadlines: { clause: '第三条' } }, {}],
    ['a pack sets the claim days only', { id: 'p', serviceDeadlines: { claimWorkingDays: 3 } }, { claimWorkingDays: 3, source: { packId: 'p', clause: null } }],
    [
      'a pack sets every term, with its clause',
      { id: 'p', serviceDeadlines: { claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 5, reminderHours: 8, isReopenedOnMiss: false, clause: '三（五）' } },
      { claimWorkingDays: 2, contactWorkingDays: 3, decisionWorkingDays: 5, reminderHours: 8, isReopenedOnMiss: false, source: { packId: 'p', clause: '三（五）' } },
    ],
    ['false is a setting, not an absence', { id: 'p', serviceDeadlines: { isReopenedOnMiss: false } }, { isReopenedOnMiss: false, source: { packId: 'p', clause: null } }],
  ];
  for (const [name, pack, changes] of cases) {
    it(name, () => assert.deepEqual(serviceTermsOf(pack), { ...platformServiceTerms, ...changes }));
  }

  it('over the platform defaults an administrator set: the pack\'s terms win, the rest stay as set', () => {
    const set = { ...platformServiceTerms, claimWorkingDays: 2, decisionWorkingDays: 9, reminderHours: 6 };
    assert.deepEqual(serviceTermsOf(undefined, set), set, 'no pack in force');
    assert.deepEqual(serviceTermsOf({ id: 'p', serviceDeadlines: { decisionWorkingDays: 10, clause: '三' } }, set), { ...set, decisionWorkingDays: 10, source: { packId: 'p', clause: '三' } });
  });

  it('the defaults are the SPEC\'s 1 / 2 / 7 working days', () => {
    assert.deepEqual([platformServiceTerms.claimWorkingDays, platformServiceTerms.contactWorkingDays, platformServiceTerms.decisionWorkingDays], [1, 2, 7]);
  });
});
