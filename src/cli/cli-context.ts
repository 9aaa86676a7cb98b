import { openKeJinTong, type KeJinTong, type OpenOptions } from '../app/kejintong.ts';
import { systemActor } from '../platform/auth/actor.ts';
import { readConfig } from '../platform/config.ts';
import { KjtError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { Call } from '../platform/use-case.ts';

/** Exit codes that mean something to a script calling `kjt`. */
export const exitCodes = { ok: 0, failure: 1, usage: 2, refused: 3, notFound: 4, integrity: 5 } as const;

export interface CliOutput {
  isJson: boolean;
}

/** What every command gets: a way to open the platform and a call identity for the operator at the terminal. */
export interface CliContext {
  open(options?: OpenOptions): Promise<KeJinTong>;
  call(): Call;
  print(output: CliOutput, value: unknown, human: () => string): void;
}

export function createCliContext(): CliContext {
  return {
    open: (options) => openKeJinTong(readConfig(), options),
    call: () => ({ actor: systemActor('cli'), requestId: newId('cli') }),
    print(output, value, human) {
      process.stdout.write(output.isJson ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
  };
}

/** Runs a command body with the platform open, closing it afterwards and turning errors into messages and exit codes. */
export async function withPlatform(cli: CliContext, options: OpenOptions, body: (kjt: KeJinTong) => Promise<number | void>): Promise<void> {
  let kjt: KeJinTong | undefined;
  try {
    kjt = await cli.open(options);
    const code = await body(kjt);
    process.exitCode = code ?? exitCodes.ok;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    await kjt?.close();
  }
}

export function reportError(error: unknown): number {
  if (error instanceof KjtError) {
    process.stderr.write(`错误 ${error.code}：${error.messages.zh}\nError ${error.code}: ${error.messages.en}\n`);
    if (error.details) process.stderr.write(`${JSON.stringify(error.details, null, 2)}\n`);
    if (error.status === 404) return exitCodes.notFound;
    if (error.status === 400 || error.status === 409) return exitCodes.usage;
    return exitCodes.refused;
  }
  process.stderr.write(`内部错误 / Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return exitCodes.failure;
}
