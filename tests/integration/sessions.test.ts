import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { maxFailedSignIns } from '../../src/capabilities/users/sessions.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp } from '../support/http.ts';

forEachBackend('sessions, CSRF and lockout over HTTP', (getKjt, backend) => {
  let http: HttpServer;
  before(async () => {
    await seedDemoCity(getKjt().run);
    http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
  });

  it('reports health with the backend and the migrations', async () => {
    const response = await http.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.db, backend);
    assert.ok(body.migrations.count >= 2);
  });

  it('serves the OpenAPI document with the routes in it', async () => {
    const response = await http.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi.startsWith('3.'), true);
    assert.ok(document.paths['/api/organisations']);
    assert.ok(document.paths['/api/auth/sign-in']);
  });

  it('serves a browsable API reference at /api/docs', async () => {
    const response = await http.inject({ method: 'GET', url: '/api/docs' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.match(response.body, /swagger/i);
  });

  it('sets an HttpOnly SameSite session cookie and security headers at sign-in', async () => {
    const response = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'demo-admin', password: demoPassword } });
    assert.equal(response.statusCode, 200);
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.ok(response.headers['content-security-policy']);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['x-request-id']), /^req_/);
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const first = await signInOverHttp(http, 'demo-department', demoPassword);
    const again = await http.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { cookie: first.cookie }, payload: { username: 'demo-department', password: demoPassword } });
    assert.equal(again.statusCode, 200);
    const old = await first.request('GET', '/api/auth/me');
    assert.equal(old.statusCode, 401);
  });

  it('answers a wrong password with a bilingual error and no stack', async () => {
    const response = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'demo-regulator', password: 'wrong-password-1' } });
    assert.equal(response.statusCode, 401);
    const body = response.json();
    assert.equal(body.code, 'INVALID_CREDENTIALS');
    assert.equal(body.message.zh, '用户名或密码错误');
    assert.equal(body.message.en, 'Wrong username or password');
    assert.doesNotMatch(response.body, /at .*\.ts/);
  });

  it(`locks an account after ${maxFailedSignIns} failures, even for the right password`, async () => {
    for (let attempt = 1; attempt < maxFailedSignIns; attempt += 1) {
      const response = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'demo-advisor', password: `wrong-${attempt}` } });
      assert.equal(response.statusCode, 401);
    }
    const locking = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'demo-advisor', password: 'wrong-last' } });
    assert.equal(locking.statusCode, 423);
    assert.equal(locking.json().code, 'ACCOUNT_LOCKED');
    const right = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'demo-advisor', password: demoPassword } });
    assert.equal(right.statusCode, 423);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await signInOverHttp(http, 'demo-admin', demoPassword);
    const withoutToken = await http.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: session.cookie },
      payload: { code: 'csrf-test', name: '防伪测试机构', type: 'bank' },
    });
    assert.equal(withoutToken.statusCode, 403);
    assert.equal(withoutToken.json().code, 'CSRF_REJECTED');
    const withToken = await session.request('POST', '/api/organisations', { code: 'csrf-test', name: '防伪测试机构', type: 'bank' });
    assert.equal(withToken.statusCode, 201);
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await http.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { username: 'demo-admin', password: demoPassword },
    });
    assert.equal(response.statusCode, 403);
  });

  it('ends the session at sign-out', async () => {
    const session = await signInOverHttp(http, 'demo-supervisor', demoPassword);
    assert.equal((await session.request('GET', '/api/auth/me')).statusCode, 200);
    assert.equal((await session.request('POST', '/api/auth/sign-out')).statusCode, 204);
    assert.equal((await session.request('GET', '/api/auth/me')).statusCode, 401);
  });

  it('rejects a body over the size limit with 413', async () => {
    const response = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'x', password: 'y'.repeat(2 * 1024 * 1024) } });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().code, 'PAYLOAD_TOO_LARGE');
  });

  it('names the invalid field in a validation error', async () => {
    const session = await signInOverHttp(http, 'demo-admin', demoPassword);
    const response = await session.request('POST', '/api/organisations', { code: 'x', name: '', type: 'not-a-type' });
    assert.equal(response.statusCode, 400);
    assert.equal(response.body.code, 'VALIDATION_FAILED');
    assert.ok(response.body.details.issues.length >= 2);
  });
});
