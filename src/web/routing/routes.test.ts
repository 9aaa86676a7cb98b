import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rolePermissions } from '../../platform/auth/roles.ts';
import { matchRoute, menuPageOf, safeNextPath, visibleMenuPages } from './routes.ts';

describe('web routes', () => {
  it('shows the admin every page and the enterprise user no users, audit or import page', () => {
    assert.deepEqual(visibleMenuPages(rolePermissions.admin, 'admin').map((page) => page.name), ['home', 'registry', 'imports', 'cultivation', 'policyPacks', 'organisations', 'users', 'audit']);
    assert.deepEqual(visibleMenuPages(rolePermissions.enterprise, 'enterprise').map((page) => page.name), ['home', 'myPortrait', 'registry', 'policyPacks', 'organisations']);
  });

  it('gives the registry to those who read it and the import wizard only to those who write it', () => {
    assert.deepEqual(visibleMenuPages(rolePermissions.department, 'department').map((page) => page.name), ['home', 'registry', 'imports', 'cultivation', 'policyPacks', 'organisations']);
    assert.deepEqual(visibleMenuPages(rolePermissions.supervisor, 'supervisor').map((page) => page.name), ['home', 'registry', 'cultivation', 'policyPacks', 'organisations']);
    assert.deepEqual(visibleMenuPages(rolePermissions.institution, 'institution').map((page) => page.name), ['home', 'policyPacks', 'organisations']);
  });

  it('gives 我的画像 only to the enterprise user, whose own firm it opens', () => {
    assert.ok(!visibleMenuPages(rolePermissions.district, 'district').some((page) => page.name === 'myPortrait'));
    assert.ok(!visibleMenuPages(rolePermissions.enterprise).some((page) => page.name === 'myPortrait'), 'no role given, no role-bound page');
  });

  it('matches pages, detail pages and unknown paths', () => {
    assert.deepEqual(matchRoute('/audit/'), { page: 'audit', permission: 'audit.read' });
    assert.deepEqual(matchRoute('/policy-packs/huzhou-2023-61'), { page: 'policyPackDetail', permission: 'public', packId: 'huzhou-2023-61' });
    assert.deepEqual(matchRoute('/enterprises/91330502MA2B3C4D58'), { page: 'enterpriseDetail', permission: 'registry.read', uscc: '91330502MA2B3C4D58' });
    assert.deepEqual(matchRoute('/imports/imp_123'), { page: 'importDetail', permission: 'registry.write', importId: 'imp_123' });
    assert.deepEqual(matchRoute('/imports'), { page: 'imports', permission: 'registry.write' });
    assert.deepEqual(matchRoute('/enterprises/91330502MA2B3C4D58/portrait'), { page: 'enterprisePortrait', permission: 'evaluation.read', uscc: '91330502MA2B3C4D58' });
    assert.deepEqual(matchRoute('/cultivation'), { page: 'cultivation', permission: 'cultivation.read' });
    assert.deepEqual(matchRoute('/enterprises/%E0%A4%A'), { page: 'notFound' });
    assert.deepEqual(matchRoute('/nowhere'), { page: 'notFound' });
    assert.equal(menuPageOf('/policy-packs/x'), 'policyPacks');
    assert.equal(menuPageOf('/enterprises/x'), 'registry');
    assert.equal(menuPageOf('/imports/imp_1'), 'imports');
    assert.equal(menuPageOf('/enterprises/x/portrait', ['home', 'myPortrait', 'registry']), 'myPortrait');
    assert.equal(menuPageOf('/enterprises/x/portrait', ['home', 'registry']), 'registry');
    assert.equal(menuPageOf('/nowhere'), undefined);
  });

  it('only follows a local next path after sign-in', () => {
    assert.equal(safeNextPath('/audit?page=2'), '/audit?page=2');
    assert.equal(safeNextPath('//evil.example/'), '/');
    assert.equal(safeNextPath('https://evil.example/'), '/');
    assert.equal(safeNextPath('/login?next=/x'), '/');
    assert.equal(safeNextPath(null), '/');
  });
});
