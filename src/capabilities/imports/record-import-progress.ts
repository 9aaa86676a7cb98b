import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { imports } from './imports.tables.ts';
import { importScope } from './import-row.ts';

/**
 * Progress of a running validation or commit, written in its own short transaction beside the long
 * one doing the work (see imports.jobs.ts). Only while the import is still running: a late write
 * after the work has finished changes nothing.
 */
export const recordImportProgress: UseCase<{ importId: string; done: number }, void> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  await ctx.tx
    .update(imports)
    .set({ progressDone: input.done })
    .where(and(eq(imports.id, input.importId), inArray(imports.status, ['validating', 'committing']), importScope(ctx.actor)));
};
