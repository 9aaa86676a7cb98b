import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ApiError, apiDownload, apiRequest, buildUrl, fileNameOf, setCsrfToken, setUnauthenticatedHandler } from './api-client.ts';

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

  it('sends a file as the raw body, as the import upload needs (not multipart)', async () => {
    const file = new Blob(['统一社会信用代码,企业名称\n'], { type: 'text/csv' });
    await apiRequest('POST', '/api/imports', { query: { kind: 'enterprises', fileName: '名册.csv' }, rawBody: file });
    const [upload] = sent;
    assert.equal(upload?.url, '/api/imports?kind=enterprises&fileName=%E5%90%8D%E5%86%8C.csv');
    assert.equal((upload?.init.headers as Record<string, string>)['content-type'], 'application/octet-stream');
    assert.equal((upload?.init.headers as Record<string, string>)['x-csrf-token'], 'csrf-123');
    assert.equal(upload?.init.body, file);
  });

  it('downloads a file under the name the server gives, and reports a refusal as an ApiError', async () => {
    reply = () =>
      new Response('xlsx-bytes', {
        headers: { 'content-disposition': `attachment; filename="enterprises.xlsx"; filename*=UTF-8''${encodeURIComponent('企业名册.xlsx')}`, 'x-kjt-row-count': '3' },
      });
    const download = await apiDownload('/api/enterprises/export', { districtCode: '330502' }, 'export.xlsx');
    assert.equal(sent[0]?.url, '/api/enterprises/export?districtCode=330502');
    assert.equal(download.fileName, '企业名册.xlsx');
    assert.equal(await download.blob.text(), 'xlsx-bytes');
    assert.equal(download.headers.get('x-kjt-row-count'), '3');

    reply = () => Response.json({ code: 'FORBIDDEN', message: { zh: '无权操作', en: 'Not allowed' } }, { status: 403 });
    await assert.rejects(apiDownload('/api/enterprises/export', {}, 'export.xlsx'), (error: unknown) => error instanceof ApiError && error.code === 'FORBIDDEN');
  });

  it('reads the file name of a content-disposition header', () => {
    assert.equal(fileNameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''%E4%BC%81.xlsx`), '企.xlsx');
    assert.equal(fileNameOf('attachment; filename="a.xlsx"'), 'a.xlsx');
    assert.equal(fileNameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''%E4%ZZ`), 'a.xlsx');
    assert.equal(fileNameOf(null), undefined);
  });
});
