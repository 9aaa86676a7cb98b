import { platformErrors } from '../errors.ts';
import type { Actor } from './actor.ts';

/**
 * 数据范围. The one helper every use case uses to limit what an actor reads or writes:
 * district officers see their district, institution and enterprise users their own organisation,
 * city-wide roles everything.
 */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'district'; districtCode: string }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'none' };

export function dataScopeOf(actor: Actor): DataScope {
  if (actor.kind === 'system') return { kind: 'all' };
  if (actor.kind === 'anonymous') return { kind: 'none' };
  switch (actor.role) {
    case 'admin':
    case 'supervisor':
    case 'department':
    case 'regulator':
      return { kind: 'all' };
    case 'district':
      return actor.districtCode ? { kind: 'district', districtCode: actor.districtCode } : { kind: 'none' };
    case 'institution':
    case 'enterprise':
    case 'advisor':
      return { kind: 'organisation', organisationId: actor.organisationId };
  }
}

/** The facts about a record that decide whether it is in a scope. */
export interface ScopedRecord {
  organisationId: string | null;
  districtCode: string | null;
}

export function isInScope(scope: DataScope, record: ScopedRecord): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'district':
      return record.districtCode === scope.districtCode;
    case 'organisation':
      return record.organisationId === scope.organisationId;
    case 'none':
      return false;
  }
}

/** Denies without saying whether the record exists, so that nothing leaks. */
export function assertInScope(actor: Actor, record: ScopedRecord | undefined): asserts record is ScopedRecord {
  if (!record || !isInScope(dataScopeOf(actor), record)) throw platformErrors('NOT_FOUND');
}
