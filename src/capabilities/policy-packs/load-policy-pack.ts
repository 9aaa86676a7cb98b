import { eq } from 'drizzle-orm';
import { actorLabel, assertCan } from '../../platform/auth/actor.ts';
import type { KjtError } from '../../platform/errors.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import { formatProblem, parsePolicyPack, type ParsePolicyPackResult } from './parse-policy-pack.ts';
import { rowValuesOf, storedOf, toPolicyPackSummary, type PolicyPackRow } from './policy-pack-row.ts';
import type { LoadPolicyPackInput, LoadPolicyPackResult, PolicyPackContent } from './policy-packs.contracts.ts';
import { policyPackErrors } from './policy-packs.errors.ts';
import { policyPacks } from './policy-packs.tables.ts';

/**
 * 载入政策包. Loading the same content again changes nothing and writes no audit row; the same id
 * with other content replaces the pack, auditing before and after. A pack that declares
 * `supersedes` marks those packs superseded.
 */
export const loadPolicyPack: UseCase<LoadPolicyPackInput, LoadPolicyPackResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'policy.manage');
  const parsed = parsePolicyPack(input.text, input.fileName);
  if (!parsed.isValid) throw invalidPolicyPackError(parsed);
  const { pack, contentSha256 } = parsed;

  let [existing] = await ctx.tx.select().from(policyPacks).where(eq(policyPacks.id, pack.id));
  if (!existing) {
    const supersededBy = await findDeclaredSuccessor(ctx, pack.id);
    const values = rowValuesOf(pack, { contentSha256, supersededBy, status: supersededBy ? 'superseded' : 'active', loadedAt: ctx.now, loadedBy: actorLabel(ctx.actor) });
    // Several servers starting together may load the same bundled pack: the first insert wins.
    const [inserted] = await ctx.tx.insert(policyPacks).values({ id: pack.id, ...values }).onConflictDoNothing().returning();
    if (inserted) {
      await ctx.audit({ action: 'policy-pack.load', entityType: 'policy_pack', entityId: pack.id, after: auditStateOf(inserted) });
      return { outcome: 'created', pack: toPolicyPackSummary(inserted), superseded: await supersedeDeclared(ctx, pack) };
    }
    [existing] = await ctx.tx.select().from(policyPacks).where(eq(policyPacks.id, pack.id));
  }
  if (existing!.contentSha256 === contentSha256) return { outcome: 'unchanged', pack: toPolicyPackSummary(existing!), superseded: [] };

  const before = existing!;
  const { supersededBy } = storedOf(before);
  const values = rowValuesOf(pack, { contentSha256, supersededBy, status: supersededBy ? 'superseded' : 'active', loadedAt: ctx.now, loadedBy: actorLabel(ctx.actor) });
  const [replaced] = await ctx.tx.update(policyPacks).set(values).where(eq(policyPacks.id, pack.id)).returning();
  await ctx.audit({ action: 'policy-pack.replace', entityType: 'policy_pack', entityId: pack.id, before: auditStateOf(before), after: auditStateOf(replaced!) });
  return { outcome: 'replaced', pack: toPolicyPackSummary(replaced!), superseded: await supersedeDeclared(ctx, pack) };
};

export function invalidPolicyPackError(parsed: Extract<ParsePolicyPackResult, { isValid: false }>): KjtError {
  const shown = parsed.problems.slice(0, 5);
  const more = parsed.problems.length - shown.length;
  return policyPackErrors('INVALID_POLICY_PACK', {
    fileName: parsed.fileName,
    count: parsed.problems.length,
    problemsZh: shown.map((problem) => formatProblem(problem, 'zh')).join('；') + (more > 0 ? `；另有 ${more} 处` : ''),
    problemsEn: shown.map((problem) => formatProblem(problem, 'en')).join('; ') + (more > 0 ? `; and ${more} more` : ''),
    problems: parsed.problems,
  });
}

function auditStateOf(row: PolicyPackRow) {
  const { pack, supersededBy } = storedOf(row);
  return { contentSha256: row.contentSha256, status: row.status, supersededBy, pack };
}

/** A pack loaded after its successor is superseded from the start. */
async function findDeclaredSuccessor(ctx: UseCaseContext, id: string): Promise<string | null> {
  const rows = await ctx.tx.select().from(policyPacks);
  const successor = rows
    .filter((row) => storedOf(row).pack.supersedes?.includes(id))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  return successor?.id ?? null;
}

async function supersedeDeclared(ctx: UseCaseContext, pack: PolicyPackContent): Promise<string[]> {
  const superseded: string[] = [];
  for (const id of pack.supersedes ?? []) {
    const [row] = await ctx.tx.select().from(policyPacks).where(eq(policyPacks.id, id));
    if (!row || row.status !== 'active') continue;
    const stored = storedOf(row);
    await ctx.tx
      .update(policyPacks)
      .set({ status: 'superseded', content: { ...stored, supersededBy: pack.id } })
      .where(eq(policyPacks.id, id));
    await ctx.audit({
      action: 'policy-pack.supersede',
      entityType: 'policy_pack',
      entityId: id,
      before: { status: row.status, supersededBy: stored.supersededBy },
      after: { status: 'superseded', supersededBy: pack.id },
    });
    superseded.push(id);
  }
  return superseded;
}
