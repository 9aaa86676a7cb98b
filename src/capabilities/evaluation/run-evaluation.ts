import { KjtError } from '../../platform/errors.ts';
import type { Call, RunUseCase } from '../../platform/use-case.ts';
import { evaluateRegistryBatch, type AfterEvaluationBatch } from './evaluate-registry.ts';
import { finishEvaluationRun } from './finish-evaluation-run.ts';
import { getEvaluationRun } from './get-evaluation-run.ts';

export interface DriveEvaluationRunOptions {
  afterBatch?: AfterEvaluationBatch;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const defaultBatchSize = 250;

/**
 * Works through a registry re-evaluation batch by batch, each batch its own transaction, so a
 * long run never holds the database and a failure keeps the batches already stored. A run that is
 * no longer queued or running (a repeated job delivery) is left alone.
 */
export async function driveEvaluationRun(run: RunUseCase, call: Call, runId: string, options: DriveEvaluationRunOptions = {}): Promise<void> {
  const current = await run(getEvaluationRun, { runId }, call);
  if (current.status !== 'queued' && current.status !== 'running') return;
  const limit = options.batchSize ?? defaultBatchSize;
  let afterId: string | undefined;
  let done = 0;
  try {
    for (;;) {
      const batch = await run(evaluateRegistryBatch, { runId, asOf: current.asOf, afterId, limit, afterBatch: options.afterBatch }, call);
      done += batch.evaluated;
      options.onProgress?.(done, Math.max(done, current.progressTotal));
      if (batch.evaluated < limit || batch.lastId === undefined) break;
      afterId = batch.lastId;
    }
  } catch (error) {
    const failure =
      error instanceof KjtError
        ? { code: error.code, message: error.messages }
        : { code: 'INTERNAL', message: { zh: '评价中断，请查看服务日志', en: 'The evaluation stopped; see the server log' } };
    await run(finishEvaluationRun, { runId, failure }, call);
    throw error;
  }
  await run(finishEvaluationRun, { runId }, call);
}
