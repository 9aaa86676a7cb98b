import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUscc } from '../../capabilities/enterprises/uscc.ts';
import { makeDemoUscc, organisationCodeCheckCharacter, usccFromBody } from './demo-uscc.ts';
import { createRandom } from './seeded-random.ts';

describe('demo USCCs (GB 32100-2015 with a GB 11714 organisation code)', () => {
  it('rebuilds the worked example of standards.md §6.4 from its organisation code', () => {
    assert.equal(organisationCodeCheckCharacter('19220382'), '1');
    assert.equal(usccFromBody('440300', '19220382'), '914403001922038216');
  });

  it('uses X for a check value of 10 and 0 for 11', () => {
    const checks = new Set(Array.from({ length: 2_000 }, (_, index) => organisationCodeCheckCharacter(String(10_000_000 + index * 37).slice(0, 8))));
    assert.ok(checks.has('X') && checks.has('0'));
    assert.ok([...checks].every((character) => /^[0-9X]$/.test(character)));
  });

  it('gives numeric codes before the October 2015 reform and MA… codes after, all valid', () => {
    const random = createRandom(7);
    const taken = new Set<string>();
    const before = makeDemoUscc(random, '330521', '2015-09-30', taken);
    const after = makeDemoUscc(random, '330500', '2015-10-01', taken);
    assert.match(before, /^91330521\d{8}[0-9X]/);
    assert.match(after, /^91330500MA/);
    assert.equal(checkUscc(before).status, 'ok');
    assert.equal(checkUscc(after).status, 'ok');
  });
});
