import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.ts';

describe('password hashing (scrypt, memory-hard)', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('Correct-Horse-9');
    assert.match(stored, /^scrypt\$32768\$8\$1\$/);
    assert.equal(await verifyPassword('Correct-Horse-9', stored), true);
    assert.equal(await verifyPassword('Correct-Horse-8', stored), false);
  });

  it('salts every hash', async () => {
    assert.notEqual(await hashPassword('Same-Password-1'), await hashPassword('Same-Password-1'));
  });

  it('rejects a stored value of another scheme', async () => {
    assert.equal(await verifyPassword('x', 'md5$abc'), false);
  });
});

describe('password policy', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Abcdefgh1!', 'someone', []],
    ['Abcdefg1!', 'someone', ['TOO_SHORT']],
    ['abcdefghijk', 'someone', ['TOO_SIMPLE']],
    ['abcdefghij1', 'someone', ['TOO_SIMPLE']],
    ['abcdefghi1!', 'someone', []],
    ['Xdemo-admin1', 'demo-admin', ['CONTAINS_USERNAME']],
    ['short', 'someone', ['TOO_SHORT', 'TOO_SIMPLE']],
  ];
  for (const [password, username, expected] of cases) {
    it(`${JSON.stringify(password)} for ${username} → ${expected.join(', ') || 'accepted'}`, () => {
      assert.deepEqual(checkPasswordPolicy(password, username).map((problem) => problem.code), expected);
    });
  }
});
