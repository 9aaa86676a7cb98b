import { and, asc, desc, eq, gte, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { containsPattern, selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { enterpriseScopeCondition } from './enterprise-scope.ts';
import type { EnterpriseSummary, ListEnterprisesInput } from './enterprises.contracts.ts';
import { enterpriseQualifications, enterprises } from './enterprises.tables.ts';

/** 企业名册查询: search, filters, sorting and paging, within the actor's data scope. */
export const listEnterprises: UseCase<ListEnterprisesInput, Page<EnterpriseSummary>> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.read');
  const today = shanghaiDate(ctx.now);
  const conditions: (SQL | undefined)[] = [enterpriseScopeCondition(ctx.actor)];
  if (input.search) {
    const pattern = containsPattern(input.search);
    conditions.push(or(ilike(enterprises.name, pattern), like(enterprises.uscc, `${input.search.toUpperCase().replace(/[\\%_]/g, '')}%`)));
  }
  if (input.districtCode) conditions.push(eq(enterprises.districtCode, input.districtCode));
  if (input.industryCode) conditions.push(like(enterprises.industryCode, `${input.industryCode.toUpperCase().replace(/[\\%_]/g, '')}%`));
  if (input.sizeClass) conditions.push(eq(enterprises.sizeClass, input.sizeClass));
  if (input.qualification) {
    conditions.push(
      sql`exists (select 1 from ${enterpriseQualifications} q where q.enterprise_id = ${enterprises.id} and q.kind = ${input.qualification}
        and not q.is_revoked and (q.valid_to is null or q.valid_to >= ${today}) and (q.valid_from is null or q.valid_from <= ${today}))`,
    );
  }
  const column = { name: enterprises.name, uscc: enterprises.uscc, foundedOn: enterprises.foundedOn, updatedAt: enterprises.updatedAt }[input.sortBy];
  const order = input.sortOrder === 'desc' ? desc(column) : asc(column);
  const { rows, total } = await selectPage(ctx.tx, enterprises, and(...conditions), [order, asc(enterprises.id)], input);
  const qualifications = await validQualificationKinds(ctx.tx, rows.map((row) => row.id), today);
  return {
    items: rows.map((row) => ({
      id: row.id,
      uscc: row.uscc,
      name: row.name,
      districtCode: row.districtCode,
      industryCode: row.industryCode,
      foundedOn: row.foundedOn,
      sizeClass: row.sizeClass,
      status: row.status,
      qualifications: qualifications.get(row.id) ?? [],
      updatedAt: row.updatedAt.toISOString(),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};

/** The kinds of qualification each enterprise holds on `today`. */
export async function validQualificationKinds(tx: Transaction, enterpriseIds: string[], today: string): Promise<Map<string, string[]>> {
  const kinds = new Map<string, string[]>();
  if (enterpriseIds.length === 0) return kinds;
  const rows = await tx
    .selectDistinct({ enterpriseId: enterpriseQualifications.enterpriseId, kind: enterpriseQualifications.kind })
    .from(enterpriseQualifications)
    .where(
      and(
        inArray(enterpriseQualifications.enterpriseId, enterpriseIds),
        eq(enterpriseQualifications.isRevoked, false),
        or(isNull(enterpriseQualifications.validTo), gte(enterpriseQualifications.validTo, today)),
        or(isNull(enterpriseQualifications.validFrom), sql`${enterpriseQualifications.validFrom} <= ${today}`),
      ),
    );
  for (const row of rows) kinds.set(row.enterpriseId, [...(kinds.get(row.enterpriseId) ?? []), row.kind].sort());
  return kinds;
}
