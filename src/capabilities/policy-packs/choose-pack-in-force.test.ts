import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choosePackInForce, type PackWindow } from './choose-pack-in-force.ts';

const huzhou: PackWindow = { id: 'huzhou-2023-61', effectiveFrom: '2024-01-15', expiresOn: '2025-12-31', status: 'superseded' };
const successor: PackWindow = { id: 'huzhou-2026-example', effectiveFrom: '2026-01-01', expiresOn: '2028-12-31', status: 'active' };
const earlyReplacement: PackWindow = { id: 'early-replacement', effectiveFrom: '2025-07-01', expiresOn: null, status: 'active' };
const sameWindowActive: PackWindow = { id: 'same-window', effectiveFrom: '2024-01-15', expiresOn: '2025-12-31', status: 'active' };

describe('choosePackInForce', () => {
  const cases: { name: string; packs: PackWindow[]; date: string; expected: string | undefined }[] = [
    { name: 'first day of the window counts', packs: [huzhou, successor], date: '2024-01-15', expected: 'huzhou-2023-61' },
    { name: 'last day of the window counts', packs: [huzhou, successor], date: '2025-12-31', expected: 'huzhou-2023-61' },
    { name: 'a superseded pack still answers for its own days', packs: [huzhou, successor], date: '2024-06-01', expected: 'huzhou-2023-61' },
    { name: 'the successor from its effective date', packs: [huzhou, successor], date: '2026-01-01', expected: 'huzhou-2026-example' },
    { name: 'before any pack: none', packs: [huzhou, successor], date: '2024-01-14', expected: undefined },
    { name: 'after every window: none', packs: [huzhou, successor], date: '2029-01-01', expected: undefined },
    { name: 'overlap: the later document wins from its own start', packs: [huzhou, earlyReplacement], date: '2025-08-01', expected: 'early-replacement' },
    { name: 'overlap: before the later start the earlier still rules', packs: [huzhou, earlyReplacement], date: '2025-06-30', expected: 'huzhou-2023-61' },
    { name: 'open-ended window has no end', packs: [earlyReplacement], date: '2099-12-31', expected: 'early-replacement' },
    { name: 'same window: active beats superseded', packs: [huzhou, sameWindowActive], date: '2024-06-01', expected: 'same-window' },
  ];
  for (const { name, packs, date, expected } of cases) {
    it(`${name} (${date} → ${expected ?? 'none'})`, () => assert.equal(choosePackInForce(packs, date)?.id, expected));
  }
});
