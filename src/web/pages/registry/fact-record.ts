import type { MessageKey } from '../../i18n/messages.ts';
import { fenToWanText, parseWanToFen, type WanProblem } from '../../format/wan-to-fen.ts';

/** How a form field turns into a fact: text as typed, a whole number, or 万元 into integer fen. */
export type FieldKind = 'text' | 'count' | 'money' | 'signedMoney';

export interface FieldSpec {
  field: string;
  kind: FieldKind;
}

export interface BuiltRecord {
  /** Only the fields that differ from the current facts: unchanged ones are not sent. */
  record: Record<string, string | number>;
  errors: Record<string, MessageKey>;
}

const wanProblems: Record<Exclude<WanProblem, 'empty'>, MessageKey> = {
  notANumber: 'edit.notANumber',
  tooManyDecimals: 'edit.tooManyDecimals',
  negative: 'edit.negative',
  tooLarge: 'edit.tooLarge',
};

const wholeNumberPattern = /^\d{1,8}$/;

function parse(spec: FieldSpec, text: string): { value: string | number } | { problem: MessageKey } {
  switch (spec.kind) {
    case 'text':
      return { value: text };
    case 'count': {
      const digits = text.normalize('NFKC').replace(/[\s,]/g, '');
      return wholeNumberPattern.test(digits) ? { value: Number(digits) } : { problem: 'edit.wholeNumber' };
    }
    case 'money':
    case 'signedMoney': {
      const parsed = parseWanToFen(text, { isNegativeAllowed: spec.kind === 'signedMoney' });
      if (parsed.isOk) return { value: parsed.fen };
      return { problem: parsed.problem === 'empty' ? 'edit.notANumber' : wanProblems[parsed.problem] };
    }
  }
}

/**
 * The edit to send: what the officer typed, checked and converted (万元 to fen exactly), keeping
 * only changed fields. A blank field that had a value is an error: the registry keeps what a source
 * supplied, so a value is corrected, never erased.
 */
export function buildRecord(inputs: Record<string, string | undefined>, current: Record<string, unknown> | undefined, specs: readonly FieldSpec[]): BuiltRecord {
  const built: BuiltRecord = { record: {}, errors: {} };
  for (const spec of specs) {
    const text = (inputs[spec.field] ?? '').trim();
    const existing = current?.[spec.field] ?? null;
    if (text === '') {
      if (existing !== null && existing !== '') built.errors[spec.field] = 'edit.cannotClear';
      continue;
    }
    const parsed = parse(spec, text);
    if ('problem' in parsed) built.errors[spec.field] = parsed.problem;
    else if (parsed.value !== existing) built.record[spec.field] = parsed.value;
  }
  return built;
}

/** The current facts as the form shows them: money in 万元, exactly. */
export function formValuesOf(current: Record<string, unknown> | undefined, specs: readonly FieldSpec[]): Record<string, string | undefined> {
  return Object.fromEntries(
    specs.map((spec) => {
      const value = current?.[spec.field];
      if (value === null || value === undefined) return [spec.field, undefined];
      if ((spec.kind === 'money' || spec.kind === 'signedMoney') && typeof value === 'number') return [spec.field, fenToWanText(value)];
      return [spec.field, String(value)];
    }),
  );
}
