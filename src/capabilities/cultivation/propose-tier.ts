import { evaluateTierCondition, type Bilingual, type TierFacts } from './evaluate-tier-condition.ts';
import type { TierSet } from './tier-set.contracts.ts';

export interface TierProposal {
  fromTier: string | null;
  toTier: string | null;
  reasons: Bilingual[];
}

/**
 * 动态调整: which tier an enterprise belongs in. The target is the highest-ranked tier whose entry
 * rule holds. A member moves up when the target ranks higher; it moves to the target (or out) only
 * when its own tier's exit rule holds; otherwise it stays. Returns null when nothing should change.
 */
export function proposeTier(tierSet: TierSet, currentTier: string | null, input: TierFacts): TierProposal | null {
  const byRankDescending = [...tierSet.tiers].sort((a, b) => b.rank - a.rank);
  let target: { code: string; rank: number; reasons: Bilingual[] } | null = null;
  for (const tier of byRankDescending) {
    const entry = evaluateTierCondition(tier.entry, input);
    if (entry.holds) {
      target = { code: tier.code, rank: tier.rank, reasons: entry.reasons };
      break;
    }
  }
  const current = tierSet.tiers.find((tier) => tier.code === currentTier);
  if (!current) {
    // Not a member (or in a tier the set no longer has): enter the target, if any.
    if (target) return { fromTier: currentTier, toTier: target.code, reasons: target.reasons };
    return currentTier === null ? null : { fromTier: currentTier, toTier: null, reasons: [{ zh: `分层「${currentTier}」已不在当前规则中`, en: `tier "${currentTier}" is no longer defined` }] };
  }
  if (target && target.rank > current.rank) return { fromTier: current.code, toTier: target.code, reasons: target.reasons };
  const exit = evaluateTierCondition(current.exit, input);
  // Exit rules that contradict the tier's own entry rule keep the member where it is.
  if (!exit.holds || target?.code === current.code) return null;
  return { fromTier: current.code, toTier: target?.code ?? null, reasons: [...exit.reasons, ...(target?.reasons ?? [])] };
}
