import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { PlatformConfig } from '../../src/platform/config.ts';

const kjtBin = path.resolve('bin/kjt.mjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment that points a `kjt` process at a test database. */
export function cliEnvironment(config: PlatformConfig, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KJT_DATA_DIR: config.dataDir, KJT_LOG_LEVEL: 'warn', ...extra };
  if (config.databaseUrl) env.DATABASE_URL = config.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

export function runKjt(args: string[], env: NodeJS.ProcessEnv, input?: string): CliResult {
  const result = spawnSync(process.execPath, [kjtBin, ...args], { env, encoding: 'utf8', input, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `kjt serve` and resolves once it prints that it is running, or rejects with what it printed. */
export function startKjtServer(args: string[], env: NodeJS.ProcessEnv): Promise<{ stop(): Promise<void>; output(): string }> {
  const child = spawn(process.execPath, [kjtBin, 'serve', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${output}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('KeJinTong is running')) {
        clearTimeout(timer);
        resolve({
          output: () => output,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited with ${code}:\n${output}`), { code, output }));
    });
  });
}
