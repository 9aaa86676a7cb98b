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
  /** A file sent as it is (`application/octet-stream`), instead of a JSON body: the import upload. */
  rawBody?: Blob;
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
  if (options.rawBody !== undefined) headers['content-type'] = 'application/octet-stream';
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await send(method, buildUrl(path, options.query), headers, body);
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw refusal(response, payload, options);
}

export interface Download {
  blob: Blob;
  /** The name the server suggests (RFC 5987 `filename*` first), or the fallback. */
  fileName: string;
  headers: Headers;
}

/** A GET that answers with a file (an Excel export); a refusal still becomes a bilingual ApiError. */
export async function apiDownload(path: string, query: RequestOptions['query'], fallbackName: string): Promise<Download> {
  const response = await send('GET', buildUrl(path, query), { accept: '*/*' }, undefined);
  if (!response.ok) throw refusal(response, await response.json().catch(() => undefined), {});
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) ?? fallbackName, headers: response.headers };
}

/** `attachment; filename="a.xlsx"; filename*=UTF-8''%E4%BC%81.xlsx` → "企.xlsx". */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed name falls back to the plain one.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}

async function send(method: Method, url: string, headers: Record<string, string>, body: BodyInit | undefined): Promise<Response> {
  if (unsafeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(url, { method, headers, credentials: 'same-origin', body });
  } catch {
    throw new ApiError(0, 'NETWORK', { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; check the network and try again' });
  }
}

function refusal(response: Response, payload: unknown, options: Pick<RequestOptions, 'isUnauthenticatedExpected'>): ApiError {
  const error = toApiError(response.status, payload);
  if (response.status === 401 && !options.isUnauthenticatedExpected) onUnauthenticated?.();
  return error;
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
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
};
