/**
 * Errors are values with codes. Each capability declares its codes with `defineErrors`; the HTTP edge
 * and the CLI translate a `KjtError` into a status or exit code and a bilingual message. Anything that
 * is not a `KjtError` is an internal error and its text never reaches the user.
 */
export interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
}

export interface BilingualMessage {
  zh: string;
  en: string;
}

export class KjtError extends Error {
  readonly code: string;
  readonly status: number;
  readonly messages: BilingualMessage;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, definition: ErrorDefinition, details?: Record<string, unknown>) {
    const messages = { zh: fillPlaceholders(definition.zh, details), en: fillPlaceholders(definition.en, details) };
    super(`${code}: ${messages.en}`);
    this.name = 'KjtError';
    this.code = code;
    this.status = definition.status;
    this.messages = messages;
    this.details = details;
  }
}

/** `{name}` in a message is replaced by `details.name`. */
function fillPlaceholders(template: string, details: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (details && key in details ? String(details[key]) : whole));
}

export type ErrorFactory<Code extends string> = ((code: Code, details?: Record<string, unknown>) => KjtError) & {
  definitions: Record<Code, ErrorDefinition>;
};

export function defineErrors<Code extends string>(definitions: Record<Code, ErrorDefinition>): ErrorFactory<Code> {
  const factory = (code: Code, details?: Record<string, unknown>) => new KjtError(code, definitions[code], details);
  return Object.assign(factory, { definitions });
}

export const platformErrors = defineErrors({
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You do not have permission to do this' },
  OUT_OF_SCOPE: { status: 403, zh: '该数据不在您的数据范围内', en: 'This data is outside your data scope' },
  CSRF_REJECTED: { status: 403, zh: '请求缺少有效的防伪令牌，请刷新页面后重试', en: 'The request lacks a valid CSRF token; reload the page and try again' },
  VALIDATION_FAILED: { status: 400, zh: '提交的数据不符合要求', en: 'The submitted data is not valid' },
  NOT_FOUND: { status: 404, zh: '未找到请求的资源', en: 'The requested resource was not found' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  DATA_DIR_LOCKED: {
    status: 503,
    zh: '数据目录 {dataDir} 已被另一个进程（PID {pid}）使用，拒绝启动以免丢失数据',
    en: 'The data directory {dataDir} is in use by another process (PID {pid}); refusing to start so that no data is lost',
  },
  NO_ADMIN_IN_PRODUCTION: {
    status: 503,
    zh: '生产模式下尚无平台管理员：请先运行 kjt user create --role admin 创建管理员',
    en: 'Production mode has no platform admin yet: create one with kjt user create --role admin',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请联系管理员（请求号 {requestId}）', en: 'Internal server error; contact the administrator (request {requestId})' },
});

/** Platform-level failures that are not tied to one capability. */
export class PlatformError extends KjtError {
  constructor(code: keyof typeof platformErrors.definitions, details?: Record<string, unknown>) {
    super(code, platformErrors.definitions[code], details);
  }
}
