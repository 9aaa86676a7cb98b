import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { importsApi } from '../../api/registry-api.ts';
import type { ImportDetail, ImportStatus } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { forgetUploadAnswer, peekUploadAnswer } from './upload-answers.ts';

const pollMilliseconds = 1000;

/** A background job is working on the import: its progress moves and the page should follow it. */
export function isBusy(status: ImportStatus): boolean {
  return status === 'validating' || status === 'committing';
}

export interface ImportTracking {
  detail: ImportDetail | undefined;
  error: ApiError | undefined;
  /** The commit answers with the import as it now is; shown at once, then followed if a job took it. */
  replace(detail: ImportDetail): void;
}

/**
 * Loads an import (starting from the upload's answer when it has just been uploaded) and, while a
 * job validates or commits it, asks again every second. The import id is in the address, so a
 * reload lands here again and picks up the progress where it is. Keyed by the import: a new id is
 * a new tracking.
 */
export function useImportTracking(importId: string): ImportTracking {
  const [detail, setDetail] = useState<ImportDetail | undefined>(() => peekUploadAnswer(importId));
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    importsApi.get(importId).then(
      (loaded) => {
        forgetUploadAnswer(importId);
        if (!isCurrent) return;
        setDetail(loaded);
        setError(undefined);
      },
      (failure: unknown) => {
        if (isCurrent) setError(asApiError(failure));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [importId, version]);

  const status = detail?.status;
  useEffect(() => {
    if (!status || !isBusy(status)) return;
    const timer = setTimeout(() => setVersion((count) => count + 1), pollMilliseconds);
    return () => clearTimeout(timer);
  }, [status, detail]);

  const replace = useCallback((next: ImportDetail) => setDetail(next), []);
  return { detail, error, replace };
}
