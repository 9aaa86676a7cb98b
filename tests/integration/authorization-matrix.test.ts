import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { demoPassword, demoUsers } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { roleHasPermission, roles, type Role } from '../../src/platform/auth/roles.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp, type TestSession } from '../support/http.ts';
import { declaredRoutePermissions } from './route-permissions.ts';

const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const isDenied = (status: number) => status === 401 || status === 403;

/** Auth routes last: signing out ends the session the other requests use. */
function requestOrder(a: { url: string }, b: { url: string }): number {
  const rank = (url: string) => (url === '/api/auth/sign-out' ? 2 : url.startsWith('/api/auth/') ? 1 : 0);
  return rank(a.url) - rank(b.url) || a.url.localeCompare(b.url);
}

forEachBackend('authorization matrix', (getKjt) => {
  let http: HttpServer;
  before(async () => {
    await seedDemoCity(getKjt().run);
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
    await http.ready();
  });

  it('every registered route is declared, with the permission it declares', () => {
    const registered = http.registeredRoutes;
    assert.ok(registered.length >= Object.keys(declaredRoutePermissions).length - 0);
    for (const route of registered) {
      const declared = declaredRoutePermissions[routeKey(route)];
      assert.ok(declared, `route ${routeKey(route)} is not in the declared permission table`);
      assert.equal(route.permission, declared, `route ${routeKey(route)}`);
    }
    for (const key of Object.keys(declaredRoutePermissions)) {
      assert.ok(registered.some((route) => routeKey(route) === key), `declared route ${key} is not registered`);
    }
  });

  it('a route without a declared permission cannot be registered', async () => {
    await assert.rejects(
      (async () => {
        const probe = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
        probe.get('/api/undeclared-probe', async () => ({}));
        await probe.ready();
      })(),
      /declares no permission/,
    );
  });

  it('anonymous callers reach public routes only', async () => {
    for (const route of [...http.registeredRoutes].sort(requestOrder)) {
      const response = await http.inject({ method: route.method as 'GET', url: route.url.replace(/:(\w+)/g, 'probe'), payload: route.method === 'GET' ? undefined : {} });
      const shouldPass = route.permission === 'public';
      assert.equal(isDenied(response.statusCode), !shouldPass, `anonymous ${routeKey(route)} → ${response.statusCode}`);
    }
  });

  for (const role of roles) {
    it(`role ${role}: allowed and denied exactly as the permission table says, for real`, async () => {
      const account = demoUsers.find((user) => user.role === role)!;
      const session: TestSession = await signInOverHttp(http, account.username, demoPassword);
      let allowedSeen = 0;
      let deniedSeen = 0;
      for (const route of [...http.registeredRoutes].sort(requestOrder)) {
        const shouldPass = roleHasPermission(role as Role, route.permission);
        const response = await session.request(route.method as 'GET', route.url.replace(/:(\w+)/g, 'probe'), route.method === 'GET' ? undefined : {});
        assert.equal(isDenied(response.statusCode), !shouldPass, `${role} ${routeKey(route)} → ${response.statusCode} ${JSON.stringify(response.body)}`);
        if (shouldPass) allowedSeen += 1;
        else deniedSeen += 1;
        if (!shouldPass) assert.equal(response.body.code, 'FORBIDDEN');
      }
      if (role === 'admin') {
        // The admin holds every permission; what it is denied is a write without its CSRF token.
        const signedInAgain = await signInOverHttp(http, account.username, demoPassword);
        const forged = await http.inject({ method: 'POST', url: '/api/audit/verify', headers: { cookie: signedInAgain.cookie } });
        assert.equal(forged.statusCode, 403);
        deniedSeen += 1;
      }
      assert.ok(allowedSeen > 0, `${role} was allowed nothing`);
      assert.ok(deniedSeen > 0, `${role} was denied nothing`);
    });
  }

  it('the admin is denied nothing, and every other role is denied the admin routes', () => {
    for (const route of http.registeredRoutes) assert.ok(roleHasPermission('admin', route.permission), routeKey(route));
    for (const role of roles.filter((r) => r !== 'admin')) assert.equal(roleHasPermission(role, 'users.manage'), false, role);
  });
});
