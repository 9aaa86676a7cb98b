import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiError } from './api-client.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload(): void;
}

/** Loads data when `deps` change; a late answer to an earlier request is ignored. */
export function useApi<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isLoading, setIsLoading] = useState(true);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setIsLoading(true);
    load().then(
      (result) => {
        if (!isCurrent) return;
        setData(result);
        setError(undefined);
        setIsLoading(false);
      },
      (failure: unknown) => {
        if (!isCurrent) return;
        setData(undefined);
        setError(asApiError(failure));
        setIsLoading(false);
      },
    );
    return () => {
      isCurrent = false;
    };
    // The caller's deps decide when to load again; `load` itself is a new closure on every render.
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((count) => count + 1), []);
  return { data, error, isLoading, reload };
}

export function asApiError(failure: unknown): ApiError {
  if (failure instanceof ApiError) return failure;
  return new ApiError(0, 'CLIENT_ERROR', { zh: '页面出现错误，请刷新后重试', en: 'The page hit an error; reload and try again' });
}
