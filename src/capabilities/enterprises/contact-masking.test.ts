import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymousActor, systemActor, type Actor } from '../../platform/auth/actor.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { canSeeContacts, maskEmail, maskPersonName, maskPhone } from './contact-masking.ts';

const user = (role: Role, organisationId = 'org_x'): Actor => ({ kind: 'user', userId: 'u', username: 'u', role, organisationId, organisationType: '', districtCode: null });

describe('contact masking (personal data masked unless the role needs it)', () => {
  const cases: Array<[string, Actor, string | null, boolean]> = [
    ['the enterprise itself', user('enterprise', 'org_e'), 'org_e', true],
    ['another enterprise', user('enterprise', 'org_other'), 'org_e', false],
    ['an enterprise user when the enterprise has no organisation yet', user('enterprise', 'org_e'), null, false],
    ['the platform admin', user('admin'), 'org_e', true],
    ['a department officer', user('department'), 'org_e', false],
    ['a district officer', user('district'), 'org_e', false],
    ['the platform itself (CLI, jobs)', systemActor('cli'), 'org_e', true],
    ['anonymous', anonymousActor, 'org_e', false],
  ];
  for (const [title, actor, organisationId, expected] of cases) {
    it(`${title} → ${expected ? 'full' : 'masked'}`, () => assert.equal(canSeeContacts(actor, organisationId), expected));
  }
  it('masks phones, e-mails and names', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('0572-2345'), '057****2345');
    assert.equal(maskPhone('12345'), '***45');
    assert.equal(maskEmail('zhang.san@example.com'), 'z***@example.com');
    assert.equal(maskPersonName('张三'), '张*');
    assert.equal(maskPersonName('欧阳修文'), '欧***');
    assert.equal(maskPhone(null), null);
  });
});
