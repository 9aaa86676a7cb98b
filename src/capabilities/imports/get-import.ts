import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ImportDetail } from './imports.contracts.ts';
import { findImportInScope, toImportDetail } from './import-row.ts';

/** 导入详情: status, totals, progress (a page reload reads it back here) and the rejected rows. */
export const getImport: UseCase<{ importId: string }, ImportDetail> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  return toImportDetail(ctx.tx, await findImportInScope(ctx.tx, ctx.actor, input.importId));
};
