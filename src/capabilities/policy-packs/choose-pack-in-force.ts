import type { PolicyPackStatus } from './policy-packs.contracts.ts';

export interface PackWindow {
  id: string;
  effectiveFrom: string;
  /** Last day in force; null when open-ended. */
  expiresOn: string | null;
  status: PolicyPackStatus;
}

/** Whether the day `date` (YYYY-MM-DD) lies in [effectiveFrom, expiresOn]. */
export function isInWindow(pack: Pick<PackWindow, 'effectiveFrom' | 'expiresOn'>, date: string): boolean {
  return pack.effectiveFrom <= date && (pack.expiresOn === null || date <= pack.expiresOn);
}

/**
 * The pack in force on a day. Where windows overlap, the later document wins from its own
 * effective date; a superseded pack still answers for the days only it covers, so that the old
 * policy's results stay reportable.
 */
export function choosePackInForce<Pack extends PackWindow>(packs: Pack[], date: string): Pack | undefined {
  const rank = (status: PolicyPackStatus) => (status === 'active' ? 0 : 1);
  return packs
    .filter((pack) => isInWindow(pack, date))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || rank(a.status) - rank(b.status) || a.id.localeCompare(b.id))[0];
}
