import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ApiError, apiRequest, buildUrl, setCsrfToken, setUnauthenticatedHandler } from './api-client.ts';

interface Sent {
  url: string;
  init: RequestInit;
}

describe('web api client', () => {
  const realFetch = globalThis.fetch;
  let sent: Sent[];
  let reply: () => Response;
  let unauthenticatedCalls: number;

  beforeEach(() => {
    sent = [];
    unauthenticatedCalls = 0;
    reply = () => Response.json({ ok: true });
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return reply();
    }) as typeof fetch;
    setCsrfToken('csrf-123');
    setUnauthenticatedHandler(() => {
      unauthenticatedCalls += 1;
    });
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    setCsrfToken(undefined);
    setUnauthenticatedHandler(undefined);
  });

  it('builds query strings without empty values', () => {
    assert.equal(buildUrl('/api/users', { search: '', role: 'admin', page: 2, pageSize: undefined }), '/api/users?role=admin&page=2');
    assert.equal(buildUrl('/api/users', {}), '/api/users');
  });

  it('sends the session cookie always and the CSRF token only on writes', async () => {
    await apiRequest('GET', '/api/organisations');
    await apiRequest('POST', '/api/organisations', { body: { code: 'x' } });
    const [read, write] = sent;
    assert.equal(read?.init.credentials, 'same-origin');
    assert.equal((read?.init.headers as Record<string, string>)['x-csrf-token'], undefined);
    assert.equal(write?.init.credentials, 'same-origin');
    assert.equal((write?.init.headers as Record<string, string>)['x-csrf-token'], 'csrf-123');
    assert.equal(write?.init.body, '{"code":"x"}');
  });

  it('turns an error body into a typed, bilingual ApiError', async () => {
    reply = () => Response.json({ code: 'USERNAME_TAKEN', message: { zh: '用户名 a 已存在', en: 'Username a already exists' }, details: { username: 'a' } }, { status: 409 });
    await assert.rejects(apiRequest('POST', '/api/users', { body: {} }), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 409);
      assert.equal(error.code, 'USERNAME_TAKEN');
      assert.deepEqual(error.messages, { zh: '用户名 a 已存在', en: 'Username a already exists' });
      assert.deepEqual(error.details, { username: 'a' });
      return true;
    });
    assert.equal(unauthenticatedCalls, 0);
  });

  it('reports a 401 as the end of the session, except where a 401 is an expected answer', async () => {
    reply = () => Response.json({ code: 'UNAUTHENTICATED', message: { zh: '请先登录', en: 'Please sign in first' } }, { status: 401 });
    await assert.rejects(apiRequest('GET', '/api/audit/entries'), ApiError);
    assert.equal(unauthenticatedCalls, 1);
    await assert.rejects(apiRequest('POST', '/api/auth/sign-in', { body: {}, isUnauthenticatedExpected: true }), ApiError);
    assert.equal(unauthenticatedCalls, 1);
  });

  it('gives a bilingual error for a non-JSON failure or an unreachable server', async () => {
    reply = () => new Response('<html>bad gateway</html>', { status: 502 });
    await assert.rejects(apiRequest('GET', '/api/health'), (error: unknown) => error instanceof ApiError && error.code === 'HTTP_502' && error.messages.zh.includes('502'));
    globalThis.fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await assert.rejects(apiRequest('GET', '/api/health'), (error: unknown) => error instanceof ApiError && error.code === 'NETWORK' && error.status === 0);
  });
});
