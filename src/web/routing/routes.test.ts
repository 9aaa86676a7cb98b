import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rolePermissions } from '../../platform/auth/roles.ts';
import { matchRoute, menuPageOf, safeNextPath, visibleMenuPages } from './routes.ts';

describe('web routes', () => {
  it('shows the admin every page and the enterprise user no users or audit page', () => {
    assert.deepEqual(visibleMenuPages(rolePermissions.admin).map((page) => page.name), ['home', 'policyPacks', 'organisations', 'users', 'audit']);
    assert.deepEqual(visibleMenuPages(rolePermissions.enterprise).map((page) => page.name), ['home', 'policyPacks', 'organisations']);
  });

  it('matches pages, the policy-pack detail and unknown paths', () => {
    assert.deepEqual(matchRoute('/audit/'), { page: 'audit', permission: 'audit.read' });
    assert.deepEqual(matchRoute('/policy-packs/huzhou-2023-61'), { page: 'policyPackDetail', permission: 'public', packId: 'huzhou-2023-61' });
    assert.deepEqual(matchRoute('/nowhere'), { page: 'notFound' });
    assert.equal(menuPageOf('/policy-packs/x'), 'policyPacks');
  });

  it('only follows a local next path after sign-in', () => {
    assert.equal(safeNextPath('/audit?page=2'), '/audit?page=2');
    assert.equal(safeNextPath('//evil.example/'), '/');
    assert.equal(safeNextPath('https://evil.example/'), '/');
    assert.equal(safeNextPath('/login?next=/x'), '/');
    assert.equal(safeNextPath(null), '/');
  });
});
