import { desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { auditVerifications } from './audit.tables.ts';

export interface ChainVerification {
  isIntact: boolean;
  checkedCount: number;
  headSeq: number | null;
  headHash: string | null;
  firstBrokenSeq: number | null;
  problem: string | null;
}

type BrokenRow = {
  seq: number;
  previous_seq: number | null;
  prev_hash: string;
  expected_prev: string | null;
  hash: string;
  recomputed: string;
};

/**
 * Walks the chain in the database: each row must follow the one before it (no gap in `seq`), carry
 * that row's hash as `prev_hash`, and hash to what it stores. The head recorded by the last intact
 * verification must still be there with the same hash, which catches a chain cut short or rewritten
 * from some row on.
 */
export async function checkAuditChain(tx: Transaction): Promise<ChainVerification> {
  const summary = await tx.execute<{ checked: number; head_seq: number | null }>(sql`SELECT count(*)::int AS checked, max(seq) AS head_seq FROM audit_log`);
  const checkedCount = Number(summary.rows[0]?.checked ?? 0);
  const headSeq = summary.rows[0]?.head_seq == null ? null : Number(summary.rows[0].head_seq);
  const head = headSeq === null ? undefined : (await tx.execute<{ hash: string }>(sql`SELECT hash FROM audit_log WHERE seq = ${headSeq}`)).rows[0];
  const base = { checkedCount, headSeq, headHash: head?.hash ?? null };

  const broken = await tx.execute<BrokenRow>(sql`
    WITH walked AS (
      SELECT seq, prev_hash, hash,
        lag(seq) OVER (ORDER BY seq) AS previous_seq,
        lag(hash) OVER (ORDER BY seq) AS expected_prev,
        kjt_audit_row_hash(seq, occurred_at, actor_user_id, actor_organisation_id, action, entity_type,
          entity_id, before, after, request_id, prev_hash) AS recomputed
      FROM audit_log
    )
    SELECT * FROM walked
    WHERE hash <> recomputed
       OR (previous_seq IS NULL AND (seq <> 1 OR prev_hash <> repeat('0', 64)))
       OR (previous_seq IS NOT NULL AND (seq <> previous_seq + 1 OR prev_hash <> expected_prev))
    ORDER BY seq LIMIT 1`);
  const row = broken.rows[0];
  if (row) {
    const seq = Number(row.seq);
    const problem =
      row.hash !== row.recomputed
        ? `entry ${seq} was changed: its content no longer matches its hash`
        : row.previous_seq === null || seq !== Number(row.previous_seq) + 1
          ? `entries before ${seq} are missing (previous is ${row.previous_seq ?? 'none'})`
          : `entry ${seq} does not follow entry ${row.previous_seq}: an entry was removed or slipped in`;
    return { ...base, isIntact: false, firstBrokenSeq: seq, problem };
  }

  const [anchor] = await tx
    .select()
    .from(auditVerifications)
    .where(eq(auditVerifications.isIntact, true))
    .orderBy(desc(auditVerifications.verifiedAt))
    .limit(1);
  if (anchor?.headSeq) {
    const anchored = await tx.execute<{ hash: string }>(sql`SELECT hash FROM audit_log WHERE seq = ${anchor.headSeq}`);
    if (anchored.rows[0]?.hash !== anchor.headHash) {
      return {
        ...base,
        isIntact: false,
        firstBrokenSeq: anchor.headSeq,
        problem: `entry ${anchor.headSeq}, verified at ${anchor.verifiedAt.toISOString()}, is missing or was rewritten since`,
      };
    }
  }
  return { ...base, isIntact: true, firstBrokenSeq: null, problem: null };
}

/** 审计链校验. Records the result, whose head hash anchors later checks. */
export const verifyAuditChain: UseCase<{ trigger: 'cli' | 'web' | 'schedule' }, ChainVerification> = async (input, ctx) => {
  assertCan(ctx.actor, 'audit.verify');
  const result = await checkAuditChain(ctx.tx);
  await ctx.tx.insert(auditVerifications).values({
    id: newId('aver'),
    isIntact: result.isIntact,
    checkedCount: result.checkedCount,
    firstBrokenSeq: result.firstBrokenSeq,
    headSeq: result.headSeq,
    headHash: result.headHash,
    problem: result.problem,
    trigger: input.trigger,
  });
  return result;
};
