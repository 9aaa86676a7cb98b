/**
 * The pure core of every data intake: compare what arrives with what is stored, field by field.
 * A field that is absent from the incoming record (undefined) is "not supplied" and keeps its value;
 * only supplied values can change a fact.
 */
export type FactStatus = 'new' | 'changed' | 'unchanged';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface FactDiff {
  status: FactStatus;
  changes: FieldChange[];
}

export function diffFacts(current: Record<string, unknown> | undefined, incoming: Record<string, unknown>, fields: readonly string[]): FactDiff {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const newValue = incoming[field];
    if (newValue === undefined) continue;
    const oldValue = current?.[field] ?? null;
    if (!isSameValue(oldValue, newValue)) changes.push({ field, oldValue, newValue });
  }
  if (!current) return { status: 'new', changes };
  return { status: changes.length > 0 ? 'changed' : 'unchanged', changes };
}

/** Equality for stored fact values: primitives by value, arrays and objects by their JSON form. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
