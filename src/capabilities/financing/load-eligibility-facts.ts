import { shanghaiDate } from '../../platform/calendar-date.ts';
import { districts } from '../../platform/districts.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { findTiers, tierNames } from '../cultivation/cultivation-lookup.ts';
import { readRegistryFactsByIds } from '../enterprises/enterprise-facts-lookup.ts';
import { readStoredResults } from '../evaluation/evaluation-lookup.ts';
import { factsFromRegistry } from '../evaluation/registry-facts.ts';
import type { EligibilityFacts } from './evaluate-eligibility.ts';

const districtNames = Object.fromEntries(districts.map((district) => [district.code, { zh: district.name, en: district.nameEn }]));

/** What product rules read about one enterprise: registry facts as of today, stored results, tier. */
export async function loadEligibilityFacts(tx: Transaction, enterpriseId: string, now: Date): Promise<EligibilityFacts | undefined> {
  const [record] = await readRegistryFactsByIds(tx, [enterpriseId]);
  if (!record) return undefined;
  const results = await readStoredResults(tx, [enterpriseId]);
  const tiers = await findTiers(tx, [enterpriseId]);
  return {
    facts: factsFromRegistry(record, shanghaiDate(now)),
    results: results.get(enterpriseId) ?? [],
    tierCode: tiers.get(enterpriseId) ?? null,
    amountFen: null,
    tierNames: tierNames(),
    districtNames,
  };
}
