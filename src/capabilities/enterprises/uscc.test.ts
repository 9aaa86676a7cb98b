import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUscc, normaliseUscc, usccCheckCharacter } from './uscc.ts';

describe('USCC validation (GB 32100-2015; standards.md §6.6 test vectors)', () => {
  const vectors: Array<[string, string]> = [
    ['914403001922038216', 'ok'],
    ['91330100716105852F', 'ok'],
    ['91440300708461136T', 'ok'],
    ['91350203M0001QAY9B', 'checksum_mismatch'],
    ['914403001922038217', 'checksum_mismatch'],
    ['91440300708461136I', 'bad_format'],
    ['9144030019220382', 'bad_format'],
    ['91440300192203821600', 'bad_format'],
    ['91A403001922038216', 'bad_format'],
    ['', 'bad_format'],
  ];
  for (const [code, expected] of vectors) {
    it(`${code || '(empty)'} → ${expected}`, () => assert.equal(checkUscc(code).status, expected));
  }

  it('computes the worked example of §6.4: 91440300192203821 → 6', () => {
    assert.equal(usccCheckCharacter('91440300192203821'), '6');
  });

  it('normalises case, spaces and full-width characters before checking', () => {
    assert.equal(normaliseUscc(' 91330100716105852f '), '91330100716105852F');
    assert.equal(normaliseUscc('９１３３０１００７１６１０５８５２Ｆ'), '91330100716105852F');
    assert.equal(normaliseUscc('913301 0071610 5852F'), '91330100716105852F');
    assert.equal(checkUscc('91330100716105852f').status, 'ok');
  });

  it('reports the region code and the expected check character', () => {
    const result = checkUscc('914403001922038217');
    assert.equal(result.status === 'checksum_mismatch' && result.expectedCheckCharacter, '6');
    assert.equal(result.status === 'checksum_mismatch' && result.regionCode, '440300');
  });
});
