import path from 'node:path';

export type RunMode = 'demo' | 'production';

export interface PlatformConfig {
  /** postgres://… when a PostgreSQL server is used; undefined for the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files (KJT_DATA_DIR, default ./data). */
  dataDir: string;
  mode: RunMode;
  host: string;
  port: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
  /** Secure cookies need HTTPS; off by default so a local http://localhost start works. */
  isCookieSecure: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const mode = env.KJT_MODE === 'production' ? 'production' : 'demo';
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.KJT_DATA_DIR || './data'),
    mode,
    host: env.KJT_HOST || '127.0.0.1',
    port: Number(env.KJT_PORT || env.PORT || 3000),
    sessionIdleMinutes: Number(env.KJT_SESSION_IDLE_MINUTES || 30),
    sessionAbsoluteHours: Number(env.KJT_SESSION_ABSOLUTE_HOURS || 12),
    logLevel: env.KJT_LOG_LEVEL || 'info',
    isCookieSecure: env.KJT_COOKIE_SECURE === 'true',
  };
}
