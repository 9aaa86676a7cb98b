import type { KeJinTong } from '../../app/kejintong.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { KjtError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { Call, RunUseCase } from '../../platform/use-case.ts';
import { commitImport } from './commit-import.ts';
import { failImport } from './fail-import.ts';
import { getImport } from './get-import.ts';
import { importJobNames, type ImportStatus } from './imports.contracts.ts';
import { recordImportProgress } from './record-import-progress.ts';
import { validateImport } from './validate-import.ts';

/** The job runs as the officer who asked for it, so provenance and the audit row name them. */
export interface ImportJobData {
  importId: string;
  actor: Actor;
  onlyValidRows?: boolean;
}

/**
 * Validation and commit of large files. Each runs as ONE use case, so a commit stays all-or-nothing.
 * Its progress goes to the import row in separate short transactions beside it: on PostgreSQL they
 * run on another pooled connection and a page reload sees them at once; on PGlite (one connection)
 * they queue behind the long transaction and find the work finished, so progress there shows at the
 * end. At most one progress write is in flight; later values replace the waiting one.
 */
export function importJobDefinitions(kjt: Pick<KeJinTong, 'run'>): JobDefinition<any>[] {
  return [
    {
      name: importJobNames.validate,
      handle: (data: ImportJobData) =>
        runImportJob(kjt.run, data, 'validating', (call, onProgress) => kjt.run(validateImport, { importId: data.importId, onProgress }, call)),
    },
    {
      name: importJobNames.commit,
      handle: (data: ImportJobData) =>
        runImportJob(kjt.run, data, 'committing', (call, onProgress) =>
          kjt.run(commitImport, { importId: data.importId, onlyValidRows: data.onlyValidRows ?? false, execution: 'inline', onProgress }, call),
        ),
    },
  ];
}

async function runImportJob(
  run: RunUseCase,
  data: ImportJobData,
  expectedStatus: ImportStatus,
  work: (call: Call, onProgress: (done: number) => void) => Promise<unknown>,
): Promise<void> {
  const call: Call = { actor: data.actor, requestId: newId('job') };
  // Jobs are delivered at least once: a repeat finds the import no longer waiting and stops.
  const current = await run(getImport, { importId: data.importId }, call);
  if (current.status !== expectedStatus) return;
  const progress = createProgressWriter(run, data.importId, call);
  try {
    await work(call, progress.report);
  } catch (error) {
    await progress.settle();
    if (error instanceof KjtError && error.code === 'ALREADY_COMMITTED') return;
    if (!(error instanceof KjtError)) console.error(`[imports] ${expectedStatus} ${data.importId} failed (${call.requestId}):`, error);
    const failure =
      error instanceof KjtError
        ? { code: error.code, message: error.messages }
        : {
            code: 'INTERNAL',
            message: {
              zh: `导入任务发生内部错误，未写入任何数据；请联系管理员（请求号 ${call.requestId}）`,
              en: `The import job failed with an internal error and wrote nothing; contact the administrator (request ${call.requestId})`,
            },
          };
    await run(failImport, { importId: data.importId, failure }, call);
    return;
  }
  await progress.settle();
}

function createProgressWriter(run: RunUseCase, importId: string, call: Call): { report(done: number): void; settle(): Promise<void> } {
  let inFlight: Promise<void> | undefined;
  let waiting: number | undefined;
  const write = (): void => {
    if (inFlight || waiting === undefined) return;
    const done = waiting;
    waiting = undefined;
    inFlight = run(recordImportProgress, { importId, done }, { ...call, requestId: newId('job') })
      .catch((error: unknown) => console.error(`[imports] progress of ${importId} not recorded:`, error))
      .finally(() => {
        inFlight = undefined;
        write();
      });
  };
  return {
    report(done) {
      waiting = done;
      write();
    },
    async settle() {
      while (inFlight) await inFlight;
    },
  };
}
