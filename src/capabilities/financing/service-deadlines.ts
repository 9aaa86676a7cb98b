import { eq } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { findPolicyPackInForce } from '../policy-packs/policy-pack-lookup.ts';
import type { PackServiceDeadlines } from '../policy-packs/policy-packs.contracts.ts';
import type { ServiceTerms } from './financing.contracts.ts';
import { serviceDeadlineSettings } from './financing.tables.ts';

/** The built-in defaults (SPEC §2.5: claim 1, first contact 2, decision 7 working days), until an administrator sets others. */
export const platformServiceTerms: ServiceTerms = {
  claimWorkingDays: 1,
  contactWorkingDays: 2,
  decisionWorkingDays: 7,
  reminderHours: 4,
  isReopenedOnMiss: true,
  source: null,
};

/** The platform's defaults (`base`: built in, or as set) with whatever the pack sets put over them. Pure. */
export function serviceTermsOf(pack: { id: string; serviceDeadlines?: PackServiceDeadlines } | undefined, base: ServiceTerms = platformServiceTerms): ServiceTerms {
  const set = pack?.serviceDeadlines;
  if (!pack || !set) return base;
  const { clause, ...overrides } = set;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) return base;
  return { ...base, ...given, source: { packId: pack.id, clause: clause ?? null } };
}

export const settingsRowId = 'platform';

/** The platform's defaults: as an administrator set them, else the built-in ones; with when and by whom they were set. */
export async function findPlatformServiceTerms(tx: Transaction): Promise<{ terms: ServiceTerms; updatedAt: Date | null; updatedBy: string | null }> {
  const [row] = await tx.select().from(serviceDeadlineSettings).where(eq(serviceDeadlineSettings.id, settingsRowId));
  if (!row) return { terms: platformServiceTerms, updatedAt: null, updatedBy: null };
  const { claimWorkingDays, contactWorkingDays, decisionWorkingDays, reminderHours, isReopenedOnMiss } = row;
  return { terms: { claimWorkingDays, contactWorkingDays, decisionWorkingDays, reminderHours, isReopenedOnMiss, source: null }, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/** The terms in force on the Beijing date of `instant`: the pack in force over the platform's defaults. */
export async function findServiceTerms(tx: Transaction, instant: Date): Promise<ServiceTerms> {
  const found = await findPolicyPackInForce(tx, shanghaiDate(instant));
  return serviceTermsOf(found?.pack, (await findPlatformServiceTerms(tx)).terms);
}
