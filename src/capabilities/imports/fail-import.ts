import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { BilingualMessage } from '../../platform/errors.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { imports } from './imports.tables.ts';
import { importScope } from './import-row.ts';

/**
 * Records that a background validation or commit failed. Its own transaction has rolled back, so
 * nothing of the import was written; the stored file is kept so that the officer can see why.
 */
export const failImport: UseCase<{ importId: string; failure: { code: string; message: BilingualMessage } }, void> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.write');
  await ctx.tx
    .update(imports)
    .set({ status: 'failed', failure: input.failure })
    .where(and(eq(imports.id, input.importId), inArray(imports.status, ['validating', 'committing']), importScope(ctx.actor)));
};
