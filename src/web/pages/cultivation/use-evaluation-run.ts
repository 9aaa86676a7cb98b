import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { evaluationApi } from '../../api/evaluation-api.ts';
import type { EvaluationRunView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';

const pollMilliseconds = 1000;

export const isRunActive = (run: EvaluationRunView | undefined): boolean => run?.status === 'queued' || run?.status === 'running';

export interface TrackedRun {
  /** The run being watched: one started here, or one already going when the page opened. */
  run: EvaluationRunView | undefined;
  /** The newest finished run, for "上次全市评价". */
  lastFinished: EvaluationRunView | undefined;
  error: ApiError | undefined;
  isStarting: boolean;
  start(): Promise<void>;
}

/**
 * A registry re-evaluation's progress, asked for every second while it is queued or running. On
 * opening, the page picks up a run already going, so that its progress survives a reload.
 */
export function useEvaluationRun(onFinished: (run: EvaluationRunView) => void): TrackedRun {
  const [run, setRun] = useState<EvaluationRunView | undefined>(undefined);
  const [lastFinished, setLastFinished] = useState<EvaluationRunView | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isStarting, setIsStarting] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    evaluationApi.runs().then(
      (runs) => {
        if (!isCurrent) return;
        setRun(runs.find((candidate) => isRunActive(candidate)));
        setLastFinished(runs.find((candidate) => candidate.status === 'finished'));
      },
      (failure: unknown) => {
        if (isCurrent) setError(asApiError(failure));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const runId = run?.id;
  const isActive = isRunActive(run);
  useEffect(() => {
    if (!runId || !isActive) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      evaluationApi.run(runId).then(
        (next) => {
          if (!isCurrent) return;
          setRun(next);
          if (next.status === 'finished') setLastFinished(next);
          if (!isRunActive(next)) onFinished(next);
        },
        (failure: unknown) => {
          if (isCurrent) setError(asApiError(failure));
        },
      );
    }, pollMilliseconds);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
    // Each answer sets a new `run`, which schedules the next question.
  }, [runId, isActive, run, onFinished]);

  const start = useCallback(async () => {
    setIsStarting(true);
    setError(undefined);
    try {
      setRun(await evaluationApi.startRun());
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsStarting(false);
    }
  }, []);

  return { run, lastFinished, error, isStarting, start };
}
