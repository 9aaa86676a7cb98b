import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { findPolicyPackInForce } from '../policy-packs/policy-pack-lookup.ts';
import type { PackServiceDeadlines } from '../policy-packs/policy-packs.contracts.ts';

/**
 * 服务时限 (SPEC §2.5): whole Chinese working days after the day of the event, ending 23:59:59
 * Asia/Shanghai (calendar/calendar-lookup.ts). The terms in force when a demand is posted are
 * stored on it, so a later pack changes new demands only.
 */
export interface ServiceTerms {
  claimWorkingDays: number;
  contactWorkingDays: number;
  decisionWorkingDays: number;
  /** Remind the institution this many hours before a deadline. */
  reminderHours: number;
  /** A chosen-dispatch demand nobody claimed in time re-opens once to every eligible institution. */
  isReopenedOnMiss: boolean;
  /** The pack (and its clause) that set any of the terms; null when all are the platform's defaults. */
  source: { packId: string; clause: string | null } | null;
}

/** The platform's defaults (SPEC §2.5: claim 1, first contact 2, decision 7 working days). */
export const platformServiceTerms: ServiceTerms = {
  claimWorkingDays: 1,
  contactWorkingDays: 2,
  decisionWorkingDays: 7,
  reminderHours: 4,
  isReopenedOnMiss: true,
  source: null,
};

/** The platform's defaults with whatever the pack sets put over them. Pure. */
export function serviceTermsOf(pack: { id: string; serviceDeadlines?: PackServiceDeadlines } | undefined): ServiceTerms {
  const set = pack?.serviceDeadlines;
  if (!pack || !set) return platformServiceTerms;
  const { clause, ...overrides } = set;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) return platformServiceTerms;
  return { ...platformServiceTerms, ...given, source: { packId: pack.id, clause: clause ?? null } };
}

/** The terms of the pack in force on the Beijing date of `instant`; the defaults when none is. */
export async function findServiceTerms(tx: Transaction, instant: Date): Promise<ServiceTerms> {
  const found = await findPolicyPackInForce(tx, shanghaiDate(instant));
  return serviceTermsOf(found?.pack);
}
