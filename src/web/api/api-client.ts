import type { Bilingual } from '../i18n/language.ts';

/** An error the server refused with: `{ code, message: { zh, en }, details? }`, or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Bilingual;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, messages: Bilingual, details?: Record<string, unknown>) {
    super(`${status} ${code}: ${messages.en}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  /** Signing in answers 401 for a wrong password; that must not bounce the user to the login page. */
  isUnauthenticatedExpected?: boolean;
}

const unsafeMethods = new Set<Method>(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | undefined;
let onUnauthenticated: (() => void) | undefined;

/** The session's CSRF token, from sign-in or /api/auth/me; sent with every write. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server answers 401 to a signed-in request: the session is gone. */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

export function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (unsafeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; check the network and try again' });
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = toApiError(response.status, payload);
  if (response.status === 401 && !options.isUnauthenticatedExpected) onUnauthenticated?.();
  throw error;
}

function toApiError(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) return new ApiError(status, payload.code, payload.message, payload.details);
  return new ApiError(status, `HTTP_${status}`, { zh: `服务器返回错误（HTTP ${status}）`, en: `The server answered with an error (HTTP ${status})` });
}

function isErrorBody(payload: unknown): payload is { code: string; message: Bilingual; details?: Record<string, unknown> } {
  if (typeof payload !== 'object' || payload === null) return false;
  const candidate = payload as { code?: unknown; message?: { zh?: unknown; en?: unknown } };
  return typeof candidate.code === 'string' && typeof candidate.message?.zh === 'string' && typeof candidate.message.en === 'string';
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query']) => apiRequest<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) => apiRequest<T>('POST', path, { ...options, body }),
};
