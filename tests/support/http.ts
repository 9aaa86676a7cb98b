import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { csrfHeaderName, sessionCookieName } from '../../src/platform/http/server.ts';

/** A signed-in test browser: keeps the session cookie and sends the CSRF token on writes. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<{ statusCode: number; body: any; headers: Record<string, unknown> }>;
}

export async function signInOverHttp(http: HttpServer, username: string, password: string): Promise<TestSession> {
  const response = await http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((value) => value.split(';')[0]).find((value) => value?.startsWith(`${sessionCookieName}=`));
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = response.json().csrfToken as string;
  return {
    cookie,
    csrfToken,
    async request(method, url, payload) {
      const result = await http.inject({
        method,
        url,
        payload: payload as never,
        headers: { cookie, ...(method === 'GET' ? {} : { [csrfHeaderName]: csrfToken }) },
      });
      let body: unknown = result.body;
      try {
        body = result.json();
      } catch {
        // not JSON
      }
      return { statusCode: result.statusCode, body, headers: result.headers };
    },
  };
}
