import { demandKindNames, type DemandKind } from './financing-kinds.ts';
import type { Bilingual } from '../cultivation/evaluate-tier-condition.ts';
import { evaluateEligibility, type EligibilityFacts } from './evaluate-eligibility.ts';
import type { EligibilityCondition } from './eligibility.contracts.ts';

export interface MatchableProduct {
  demandKind: string;
  minAmountFen: number | null;
  maxAmountFen: number | null;
  minTermMonths: number | null;
  maxTermMonths: number | null;
  minRateBp: number | null;
  eligibility: EligibilityCondition | null;
}

export interface DemandTerms {
  kind: string;
  amountFen: number;
  termMonths: number | null;
  maxRateBp: number | null;
}

const wan = (fen: number) => `${fen / 1_000_000}万元`;
const percent = (basisPoints: number) => `${basisPoints / 100}%`;

function check(holds: boolean, zh: string, en: string): { holds: boolean; reason: Bilingual } {
  return { holds, reason: { zh: `${zh}：${holds ? '满足' : '不满足'}`, en: `${en}: ${holds ? 'met' : 'not met'}` } };
}

/**
 * 匹配: whether a product fits a demand — its kind, amount, term and rate ranges, then its
 * eligibility rule over the enterprise's portrait — with every reason shown: what matched when it
 * fits, what failed when it does not.
 */
export function matchProduct(product: MatchableProduct, demand: DemandTerms, facts: EligibilityFacts): { isEligible: boolean; reasons: Bilingual[] } {
  const kind = demandKindNames[demand.kind as DemandKind] ?? { zh: demand.kind, en: demand.kind };
  const checks = [check(product.demandKind === demand.kind, `需求类型：${kind.zh}`, `demand kind: ${kind.en}`)];
  if (product.minAmountFen !== null || product.maxAmountFen !== null) {
    const low = product.minAmountFen ?? 0;
    const high = product.maxAmountFen ?? Number.MAX_SAFE_INTEGER;
    const range = `${product.minAmountFen === null ? '' : wan(low)}–${product.maxAmountFen === null ? '' : wan(high)}`;
    checks.push(check(demand.amountFen >= low && demand.amountFen <= high, `金额 ${wan(demand.amountFen)} 在产品额度 ${range} 内`, `amount ${wan(demand.amountFen)} within ${range}`));
  }
  if (demand.termMonths !== null && (product.minTermMonths !== null || product.maxTermMonths !== null)) {
    const low = product.minTermMonths ?? 0;
    const high = product.maxTermMonths ?? 600;
    checks.push(check(demand.termMonths >= low && demand.termMonths <= high, `期限 ${demand.termMonths} 个月在 ${low}–${high} 个月内`, `term ${demand.termMonths} months within ${low}–${high}`));
  }
  if (demand.maxRateBp !== null && product.minRateBp !== null) {
    checks.push(check(product.minRateBp <= demand.maxRateBp, `产品最低利率 ${percent(product.minRateBp)} 不高于可接受的 ${percent(demand.maxRateBp)}`, `lowest rate ${percent(product.minRateBp)} ≤ acceptable ${percent(demand.maxRateBp)}`));
  }
  const rule = product.eligibility ? evaluateEligibility(product.eligibility, { ...facts, amountFen: demand.amountFen }) : { holds: true, reasons: [{ zh: '产品无额外准入条件', en: 'no further eligibility rule' }] };
  const isEligible = checks.every((entry) => entry.holds) && rule.holds;
  const reasons = isEligible
    ? [...checks.map((entry) => entry.reason), ...rule.reasons]
    : [...checks.filter((entry) => !entry.holds).map((entry) => entry.reason), ...(rule.holds ? [] : rule.reasons)];
  return { isEligible, reasons };
}
