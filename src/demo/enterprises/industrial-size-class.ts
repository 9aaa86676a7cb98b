import type { sizeClasses } from '../../capabilities/enterprises/enterprises.contracts.ts';

const tenThousandYuanFen = 1_000_000;

/**
 * 《中小企业划型标准规定》(工信部联企业〔2011〕300号), the rule for 工业 (industrial firms), applied to
 * every demo firm for simplicity even where a service sector has its own thresholds: large needs
 * ≥ 1000 employees and ≥ 4亿元 revenue; medium ≥ 300 and ≥ 2000万; small ≥ 20 and ≥ 300万; the rest micro.
 */
export function industrialSizeClass(employees: number, revenueFen: number): (typeof sizeClasses)[number] {
  if (employees >= 1000 && revenueFen >= 40_000 * tenThousandYuanFen) return 'large';
  if (employees >= 300 && revenueFen >= 2_000 * tenThousandYuanFen) return 'medium';
  if (employees >= 20 && revenueFen >= 300 * tenThousandYuanFen) return 'small';
  return 'micro';
}
