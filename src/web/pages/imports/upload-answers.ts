import type { ImportDetail } from '../../api/types.ts';

/**
 * The upload's own answer, kept for the page it leads to, so that the preview or the progress of a
 * large file shows at once. It matters on PGlite: a job's long transaction holds the database, and
 * the page's first request would otherwise wait for the whole validation before showing anything.
 */
const answers = new Map<string, ImportDetail>();

export function keepUploadAnswer(detail: ImportDetail): void {
  answers.set(detail.id, detail);
}

export function peekUploadAnswer(importId: string): ImportDetail | undefined {
  return answers.get(importId);
}

/** Once the server has answered for itself, the kept answer is stale. */
export function forgetUploadAnswer(importId: string): void {
  answers.delete(importId);
}
