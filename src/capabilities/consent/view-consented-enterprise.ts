import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findTiers } from '../cultivation/cultivation-lookup.ts';
import { readRegistryFactsByIds } from '../enterprises/enterprise-facts-lookup.ts';
import { findEnterpriseByUscc, findEnterpriseContacts, findEnterpriseOfOrganisation } from '../enterprises/enterprise-lookup.ts';
import { checkUscc } from '../enterprises/uscc.ts';
import { readStoredResults } from '../evaluation/evaluation-lookup.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { ConsentScope } from './consent.contracts.ts';
import { consentErrors } from './consent.errors.ts';
import { consents, dataAccessLog } from './consent.tables.ts';
import { logDataAccess } from './log-data-access.ts';
import { isConsentActive } from './manage-consents.ts';

/**
 * 授权查阅: an institution reads an enterprise's data under its consent — only the granted parts,
 * only while the consent runs — and the read is logged for the enterprise to see.
 */
export const viewConsentedEnterprise: UseCase<{ uscc: string }, { consentId: string; enterprise: { uscc: string; name: string }; scopes: ConsentScope[]; validUntil: string; parts: Record<string, unknown> }> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.handle');
  const uscc = checkUscc(input.uscc).uscc;
  const enterprise = await findEnterpriseByUscc(ctx.tx, uscc);
  const today = shanghaiDate(ctx.now);
  const granted = enterprise && ctx.actor.kind === 'user'
    ? (await ctx.tx.select().from(consents).where(and(eq(consents.enterpriseId, enterprise.id), eq(consents.institutionId, ctx.actor.organisationId), isNull(consents.revokedAt))).orderBy(desc(consents.grantedAt))).filter((row) => isConsentActive(row, today))
    : [];
  if (!enterprise || granted.length === 0) throw consentErrors('NO_CONSENT', { uscc });
  const scopes = [...new Set(granted.flatMap((row) => row.scopes as ConsentScope[]))];
  const consent = granted[0]!;
  const [record] = await readRegistryFactsByIds(ctx.tx, [enterprise.id]);
  const parts: Record<string, unknown> = {};
  if (scopes.includes('profile') && record) parts.profile = { uscc: record.enterprise.uscc, name: record.enterprise.name, districtCode: record.enterprise.districtCode, industryCode: record.enterprise.industryCode, foundedOn: record.enterprise.foundedOn, sizeClass: record.enterprise.sizeClass };
  if (scopes.includes('yearly_facts') && record) parts.yearlyFacts = record.yearly.map(({ fieldSources: _sources, updatedAt: _updated, enterpriseId: _id, ...values }) => values);
  if (scopes.includes('intellectual_property') && record) parts.intellectualProperty = record.intellectualProperty.map(({ fieldSources: _sources, updatedAt: _updated, enterpriseId: _id, ...values }) => values);
  if (scopes.includes('qualifications') && record) parts.qualifications = record.qualifications.map(({ fieldSources: _sources, updatedAt: _updated, enterpriseId: _id, id: _qid, ...values }) => values);
  if (scopes.includes('evaluation')) parts.evaluation = ((await readStoredResults(ctx.tx, [enterprise.id])).get(enterprise.id) ?? []).map((result) => ({ ruleSetId: result.ruleSetId, status: result.status, total: result.total ?? null, grade: result.grade ?? null, asOf: result.asOf }));
  if (scopes.includes('cultivation')) parts.cultivation = { tierCode: (await findTiers(ctx.tx, [enterprise.id])).get(enterprise.id) ?? null };
  if (scopes.includes('contacts')) parts.contacts = (await findEnterpriseContacts(ctx.tx, enterprise.id)) ?? null;
  await logDataAccess(ctx.tx, ctx.actor, [{ enterpriseId: enterprise.id, scopes, basis: 'consent', basisId: consent.id }]);
  return { consentId: consent.id, enterprise: { uscc: enterprise.uscc, name: enterprise.name }, scopes, validUntil: consent.validUntil, parts };
};

/** 谁查看了我的数据: every institution read of the enterprise's data, newest first. */
export const listDataAccess: UseCase<{ page: number; pageSize: number }, Page<{ institution: { code: string; name: string }; userId: string | null; scopes: string[]; basis: 'consent' | 'demand'; basisId: string; at: string }>> = async (input, ctx) => {
  assertCan(ctx.actor, 'consent.manage');
  const enterprise = ctx.actor.kind === 'user' ? await findEnterpriseOfOrganisation(ctx.tx, ctx.actor.organisationId) : undefined;
  if (!enterprise) throw consentErrors('NO_ENTERPRISE_RECORD');
  const where = eq(dataAccessLog.enterpriseId, enterprise.id);
  const [total] = await ctx.tx.select({ n: count() }).from(dataAccessLog).where(where);
  const rows = await ctx.tx.select().from(dataAccessLog).where(where).orderBy(desc(dataAccessLog.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize);
  const institutions = await findOrganisationsByIds(ctx.tx, rows.map((row) => row.institutionId));
  return {
    items: rows.map((row) => ({ institution: { code: institutions.get(row.institutionId)?.code ?? '', name: institutions.get(row.institutionId)?.name ?? '' }, userId: row.userId, scopes: row.scopes, basis: row.basis as 'consent' | 'demand', basisId: row.basisId, at: row.at.toISOString() })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
};
