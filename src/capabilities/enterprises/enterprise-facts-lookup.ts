import { and, asc, count, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import { dataScopeOf, isInScope } from '../../platform/auth/data-scope.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { enterpriseIntellectualProperty, enterpriseQualifications, enterpriseYearlyFacts, enterprises } from './enterprises.tables.ts';
import { checkUscc } from './uscc.ts';

type EnterpriseRow = typeof enterprises.$inferSelect;
type YearlyRow = typeof enterpriseYearlyFacts.$inferSelect;
type IntellectualPropertyRow = typeof enterpriseIntellectualProperty.$inferSelect;
type QualificationRow = typeof enterpriseQualifications.$inferSelect;

/** Everything the registry holds about one enterprise that an evaluation may read. */
export interface RegistryFacts {
  enterprise: Pick<EnterpriseRow, 'id' | 'uscc' | 'name' | 'districtCode' | 'industryCode' | 'foundedOn' | 'sizeClass' | 'status' | 'taxCollectionMethod' | 'organisationId'>;
  yearly: YearlyRow[];
  intellectualProperty: IntellectualPropertyRow[];
  qualifications: QualificationRow[];
}

const enterpriseColumns = {
  id: enterprises.id,
  uscc: enterprises.uscc,
  name: enterprises.name,
  districtCode: enterprises.districtCode,
  industryCode: enterprises.industryCode,
  foundedOn: enterprises.foundedOn,
  sizeClass: enterprises.sizeClass,
  status: enterprises.status,
  taxCollectionMethod: enterprises.taxCollectionMethod,
  organisationId: enterprises.organisationId,
};

function groupBy<T extends { enterpriseId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.enterpriseId);
    if (list) list.push(row);
    else groups.set(row.enterpriseId, [row]);
  }
  return groups;
}

/** The facts of the given enterprises (in id order), read with four indexed queries. */
async function readFactsOf(tx: Transaction, rows: RegistryFacts['enterprise'][]): Promise<RegistryFacts[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const yearly = await tx.select().from(enterpriseYearlyFacts).where(inArray(enterpriseYearlyFacts.enterpriseId, ids)).orderBy(asc(enterpriseYearlyFacts.enterpriseId), asc(enterpriseYearlyFacts.year));
  const intellectualProperty = await tx.select().from(enterpriseIntellectualProperty).where(inArray(enterpriseIntellectualProperty.enterpriseId, ids)).orderBy(asc(enterpriseIntellectualProperty.enterpriseId), asc(enterpriseIntellectualProperty.year));
  const qualifications = await tx.select().from(enterpriseQualifications).where(inArray(enterpriseQualifications.enterpriseId, ids)).orderBy(asc(enterpriseQualifications.enterpriseId), asc(enterpriseQualifications.kind));
  const yearlyBy = groupBy(yearly);
  const ipBy = groupBy(intellectualProperty);
  const qualificationsBy = groupBy(qualifications);
  return rows.map((enterprise) => ({
    enterprise,
    yearly: yearlyBy.get(enterprise.id) ?? [],
    intellectualProperty: ipBy.get(enterprise.id) ?? [],
    qualifications: qualificationsBy.get(enterprise.id) ?? [],
  }));
}

/**
 * One page of the registry's facts in id order (keyset paging: pass the last id of the previous
 * page). `where` narrows the enterprises, e.g. to an actor's scope.
 */
export async function readRegistryFactsPage(tx: Transaction, options: { afterId?: string; limit: number; where?: SQL }): Promise<RegistryFacts[]> {
  const rows = await tx
    .select(enterpriseColumns)
    .from(enterprises)
    .where(and(options.where, options.afterId === undefined ? undefined : gt(enterprises.id, options.afterId)))
    .orderBy(asc(enterprises.id))
    .limit(options.limit);
  return readFactsOf(tx, rows);
}

/** The facts of the enterprises with these ids (those that exist). */
export async function readRegistryFactsByIds(tx: Transaction, enterpriseIds: string[]): Promise<RegistryFacts[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await tx.select(enterpriseColumns).from(enterprises).where(inArray(enterprises.id, enterpriseIds)).orderBy(asc(enterprises.id));
  return readFactsOf(tx, rows);
}

/** How many enterprises the registry holds. */
export async function countRegistryEnterprises(tx: Transaction): Promise<number> {
  const [row] = await tx.select({ total: count() }).from(enterprises);
  return row?.total ?? 0;
}

/**
 * The facts of the enterprise with this USCC if the actor may see it; otherwise the same
 * "not found" as for an enterprise that does not exist, so that nothing leaks.
 */
export async function readRegistryFactsInScope(tx: Transaction, actor: Actor, rawUscc: string): Promise<RegistryFacts> {
  const uscc = checkUscc(rawUscc).uscc;
  const [row] = await tx.select(enterpriseColumns).from(enterprises).where(eq(enterprises.uscc, uscc));
  if (!row || !isInScope(dataScopeOf(actor), { organisationId: row.organisationId, districtCode: row.districtCode })) throw enterpriseErrors('ENTERPRISE_NOT_FOUND', { uscc });
  const [facts] = await readFactsOf(tx, [row]);
  return facts as RegistryFacts;
}
