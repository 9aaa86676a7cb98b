import type { ApiError } from '../../api/api-client.ts';
import { fill, pick, type Language } from '../../i18n/language.ts';
import { messages, type MessageKey } from '../../i18n/messages.ts';

export interface FieldErrors {
  /** Form field → the message to show under it. */
  byField: Record<string, string>;
  /** What belongs to no field of the form. */
  general: string[];
}

interface Issue {
  path?: unknown;
  message?: unknown;
}

/** `record.industryCode`, `/record/industryCode` or `industryCode` → `industryCode`. */
function fieldOfPath(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  return path.split(/[./]/).filter(Boolean).pop();
}

/**
 * Where a refused save went wrong, for the form: the server's contract (VALIDATION_FAILED with
 * `details.issues[].path`) or the registry's own rule (`details.column`, bilingual). The contract's
 * text is in English only, so a field the form knows gets its Chinese explanation instead.
 */
export function fieldErrorsOf(error: ApiError, fields: readonly string[], language: Language): FieldErrors {
  const result: FieldErrors = { byField: {}, general: [] };
  const issues = error.details?.issues;
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(issues)) {
    for (const issue of issues as Issue[]) {
      const field = fieldOfPath(issue.path);
      const serverText = typeof issue.message === 'string' ? issue.message : error.code;
      if (field && fields.includes(field)) {
        const hintKey = `edit.invalid.${field}`;
        result.byField[field] = hintKey in messages ? pick(messages[hintKey as MessageKey], language) : fill(pick(messages['edit.serverRefused'], language), { message: serverText });
      } else {
        result.general.push(fill(pick(messages['edit.serverRefused'], language), { message: field ? `${field}: ${serverText}` : serverText }));
      }
    }
    if (issues.length > 0) return result;
  }
  const column = error.details?.column;
  if (typeof column === 'string' && fields.includes(column)) result.byField[column] = pick(error.messages, language);
  else result.general.push(pick(error.messages, language));
  return result;
}
