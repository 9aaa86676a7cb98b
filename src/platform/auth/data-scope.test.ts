import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from './actor.ts';
import { can, systemActor, anonymousActor } from './actor.ts';
import { dataScopeOf, isInScope } from './data-scope.ts';
import { roles, type Role } from './roles.ts';

function user(role: Role, organisationId = 'org_a', districtCode: string | null = '330502'): Actor {
  return { kind: 'user', userId: 'usr_1', username: 'u', role, organisationId, organisationType: 'x', districtCode };
}

const inDistrict = { organisationId: 'org_other', districtCode: '330502' };
const otherDistrict = { organisationId: 'org_other', districtCode: '330521' };
const ownOrganisation = { organisationId: 'org_a', districtCode: '330521' };

describe('data scope (SPEC §1: district officer → own district; institution/enterprise → own organisation)', () => {
  const table: Array<[Role, boolean, boolean, boolean]> = [
    // role, sees a record in its district, in another district, of its own organisation
    ['admin', true, true, true],
    ['supervisor', true, true, true],
    ['department', true, true, true],
    ['regulator', true, true, true],
    ['district', true, false, false],
    ['institution', false, false, true],
    ['enterprise', false, false, true],
    ['advisor', false, false, true],
  ];
  for (const [role, seesDistrict, seesOther, seesOwn] of table) {
    it(`${role}`, () => {
      const scope = dataScopeOf(user(role));
      assert.equal(isInScope(scope, inDistrict), seesDistrict);
      assert.equal(isInScope(scope, otherDistrict), seesOther);
      assert.equal(isInScope(scope, ownOrganisation), seesOwn);
    });
  }
  it('a district officer whose organisation has no district sees nothing', () => {
    assert.equal(isInScope(dataScopeOf(user('district', 'org_a', null)), inDistrict), false);
  });
  it('anonymous sees nothing; the platform itself sees everything', () => {
    assert.equal(isInScope(dataScopeOf(anonymousActor), inDistrict), false);
    assert.equal(isInScope(dataScopeOf(systemActor('cli')), otherDistrict), true);
  });
});

describe('permissions', () => {
  it('anonymous may do public things only', () => {
    assert.equal(can(anonymousActor, 'public'), true);
    assert.equal(can(anonymousActor, 'session'), false);
    assert.equal(can(anonymousActor, 'organisations.read'), false);
  });
  it('only the admin manages users and verifies the audit chain', () => {
    for (const role of roles) {
      assert.equal(can(user(role), 'users.manage'), role === 'admin', role);
      assert.equal(can(user(role), 'audit.verify'), role === 'admin', role);
    }
  });
});
