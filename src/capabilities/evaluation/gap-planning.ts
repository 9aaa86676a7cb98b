import type { Gap } from './gap-changes.ts';
import type { Bilingual } from './rule-set.contracts.ts';

/** Something numbers cannot fix: a ceiling exceeded, a flag, a qualification, an expert's judgement, a missing fact. */
export interface UnresolvedGap {
  indicatorCode: string;
  reason: Bilingual;
}

export interface Planning {
  /** Alternative change sets; [[]] = already satisfied (or only undecided), [] = no numeric way. */
  plans: Gap[][];
  unresolved: UnresolvedGap[];
}

export const satisfied: Planning = { plans: [[]], unresolved: [] };
const maxPlans = 6;

/** Two change sets together: a field changed in both keeps the larger change. */
function merge(left: Gap[], right: Gap[]): Gap[] {
  const byField = new Map<string, Gap>();
  for (const gap of [...left, ...right]) {
    const existing = byField.get(gap.change.field);
    if (!existing || Math.abs(gap.change.delta) > Math.abs(existing.change.delta)) byField.set(gap.change.field, gap);
  }
  return [...byField.values()];
}

/** How big a plan is without comparing money with persons: the relative size of each change, summed. */
export function planSize(plan: Gap[]): number {
  return plan.reduce((sum, gap) => sum + Math.abs(gap.change.delta) / Math.max(Math.abs(gap.change.from), 1), 0);
}

/** Smallest relative changes first, then the fewest. */
function bySize(a: Gap[], b: Gap[]): number {
  return planSize(a) - planSize(b) || a.length - b.length;
}

function smallestFirst(plans: Gap[][]): Gap[][] {
  const unique = new Map(plans.map((plan) => [JSON.stringify(plan.map((gap) => [gap.change.field, gap.change.delta]).sort()), plan]));
  return [...unique.values()].sort(bySize).slice(0, maxPlans);
}

export function allOfPlanning(parts: Planning[]): Planning {
  let plans: Gap[][] = [[]];
  for (const part of parts) plans = smallestFirst(plans.flatMap((plan) => part.plans.map((other) => merge(plan, other))));
  return { plans, unresolved: parts.flatMap((part) => part.unresolved) };
}

export function anyOfPlanning(parts: Planning[]): Planning {
  if (parts.some((part) => part.plans.some((plan) => plan.length === 0) && part.unresolved.length === 0)) return satisfied;
  const feasible = parts.filter((part) => part.plans.length > 0);
  const plans = smallestFirst(feasible.flatMap((part) => part.plans));
  const unresolved = feasible.length > 0 ? feasible.flatMap((part) => part.unresolved) : parts.flatMap((part) => part.unresolved);
  return { plans, unresolved };
}
