import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rolePermissions } from '../../platform/auth/roles.ts';
import { isOpenToVisitors, matchRoute, menuPageOf, menuPages, safeNextPath, visibleMenuPages } from './routes.ts';

describe('web routes', () => {
  it('shows the admin every page and the enterprise user no users, audit or import page', () => {
    assert.deepEqual(visibleMenuPages(rolePermissions.admin, 'admin').map((page) => page.name), [
      'home',
      'registry',
      'imports',
      'cultivation',
      'demandOversight',
      'equity',
      'products',
      'institutions',
      'policyPacks',
      'organisations',
      'users',
      'audit',
      'calendar',
      'messages',
    ]);
    assert.deepEqual(visibleMenuPages(rolePermissions.enterprise, 'enterprise').map((page) => page.name), ['home', 'myPortrait', 'myDemands', 'consents', 'registry', 'equity', 'products', 'institutions', 'policyPacks', 'organisations', 'messages']);
  });

  it('gives the registry to those who read it and the import wizard only to those who write it', () => {
    assert.deepEqual(visibleMenuPages(rolePermissions.department, 'department').map((page) => page.name), ['home', 'registry', 'imports', 'cultivation', 'demandOversight', 'equity', 'products', 'institutions', 'policyPacks', 'organisations', 'messages']);
    assert.deepEqual(visibleMenuPages(rolePermissions.supervisor, 'supervisor').map((page) => page.name), ['home', 'registry', 'cultivation', 'demandOversight', 'equity', 'products', 'institutions', 'policyPacks', 'organisations', 'messages']);
    assert.deepEqual(visibleMenuPages(rolePermissions.institution, 'institution').map((page) => page.name), ['home', 'institutionWorkbench', 'equity', 'products', 'institutions', 'policyPacks', 'organisations', 'messages']);
  });

  it('gives 我的画像 only to the enterprise user, whose own firm it opens', () => {
    assert.ok(!visibleMenuPages(rolePermissions.district, 'district').some((page) => page.name === 'myPortrait'));
    assert.ok(!visibleMenuPages(rolePermissions.enterprise).some((page) => page.name === 'myPortrait'), 'no role given, no role-bound page');
  });

  it('gives each side of financing its own page, and one demand page that every party’s messages link to', () => {
    assert.ok(!visibleMenuPages(rolePermissions.admin, 'admin').some((page) => page.name === 'myDemands' || page.name === 'institutionWorkbench'), 'the admin has no firm or bank of its own');
    assert.deepEqual(matchRoute('/financing/demands/dem_1'), { page: 'demandDetail', permission: 'session', demandId: 'dem_1' });
    assert.equal(menuPageOf('/financing/demands/dem_1', ['home', 'myDemands']), 'myDemands');
    assert.equal(menuPageOf('/financing/demands/dem_1', ['home', 'institutionWorkbench']), 'institutionWorkbench');
    assert.equal(menuPageOf('/financing/demands/dem_1', ['home', 'demandOversight']), 'demandOversight');
    assert.equal(menuPageOf('/financing/demands'), 'demandOversight');
  });

  it('opens only the product catalogue and the institution registry to visitors', () => {
    assert.deepEqual(menuPages.filter((page) => page.isOpenToVisitors).map((page) => page.name), ['products', 'institutions']);
    assert.ok(isOpenToVisitors(matchRoute('/products')));
    assert.ok(!isOpenToVisitors(matchRoute('/policy-packs')));
    assert.ok(!isOpenToVisitors(matchRoute('/financing/demands/dem_1')));
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
