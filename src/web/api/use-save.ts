import { useState } from 'react';
import type { ApiError } from './api-client.ts';
import { asApiError } from './use-api.ts';

/** Runs a write from a dialog or button: `isSaving` while it runs, and the server's refusal kept for the caller to show. */
export function useSave<T>(save: () => Promise<T>, onSaved: (result: T) => void) {
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const run = async () => {
    setIsSaving(true);
    setError(undefined);
    try {
      onSaved(await save());
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  return { error, isSaving, run };
}
