import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../../platform/auth/roles.ts';
import type { OrganisationType } from '../organisations/organisations.contracts.ts';
import { roleFitsOrganisation } from './role-fits-organisation.ts';

describe('which organisations a role may belong to (SPEC §1)', () => {
  const cases: Array<[Role, OrganisationType, boolean]> = [
    ['admin', 'operator', true],
    ['admin', 'bank', false],
    ['supervisor', 'government_department', true],
    ['department', 'government_department', true],
    ['department', 'district_government', false],
    ['district', 'district_government', true],
    ['district', 'government_department', false],
    ['regulator', 'regulator', true],
    ['regulator', 'bank', false],
    ['institution', 'bank', true],
    ['institution', 'guarantor', true],
    ['institution', 'ecosystem_firm', true],
    ['institution', 'enterprise', false],
    ['enterprise', 'enterprise', true],
    ['enterprise', 'bank', false],
    ['advisor', 'fund_manager', true],
    ['advisor', 'enterprise', false],
  ];
  for (const [role, type, expected] of cases) {
    it(`${role} in ${type} → ${expected}`, () => assert.equal(roleFitsOrganisation(role, type), expected));
  }
});
