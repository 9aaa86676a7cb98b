import { and, desc, eq, isNull } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase, UseCaseContext } from '../../platform/use-case.ts';
import { findEnterpriseLabels, findEnterpriseOfOrganisation } from '../enterprises/enterprise-lookup.ts';
import { notify } from '../notifications/notify.ts';
import { findOrganisationByCode, findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { institutionTypes } from '../organisations/organisations.contracts.ts';
import type { ConsentScope, ConsentView, GrantConsentInput } from './consent.contracts.ts';
import { consentErrors } from './consent.errors.ts';
import { consents } from './consent.tables.ts';

type ConsentRow = typeof consents.$inferSelect;

export function isConsentActive(row: Pick<ConsentRow, 'revokedAt' | 'validUntil'>, today: string): boolean {
  return row.revokedAt === null && today <= row.validUntil;
}

async function ownEnterprise(ctx: UseCaseContext) {
  assertCan(ctx.actor, 'consent.manage');
  const enterprise = ctx.actor.kind === 'user' ? await findEnterpriseOfOrganisation(ctx.tx, ctx.actor.organisationId) : undefined;
  if (!enterprise) throw consentErrors('NO_ENTERPRISE_RECORD');
  return enterprise;
}

export async function toConsentViews(ctx: UseCaseContext, rows: ConsentRow[]): Promise<ConsentView[]> {
  const institutions = await findOrganisationsByIds(ctx.tx, rows.map((row) => row.institutionId));
  const enterprises = await findEnterpriseLabels(ctx.tx, rows.map((row) => row.enterpriseId));
  const today = shanghaiDate(ctx.now);
  return rows.map((row) => ({
    id: row.id,
    enterprise: { uscc: enterprises.get(row.enterpriseId)?.uscc ?? '', name: enterprises.get(row.enterpriseId)?.name ?? '' },
    institution: { code: institutions.get(row.institutionId)?.code ?? '', name: institutions.get(row.institutionId)?.name ?? '' },
    scopes: row.scopes as ConsentScope[],
    purpose: row.purpose,
    validUntil: row.validUntil,
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    isActive: isConsentActive(row, today),
  }));
}

/** 授权: the enterprise lets one institution see named parts of its data, for a purpose, until a date. */
export const grantConsent: UseCase<GrantConsentInput, ConsentView> = async (input, ctx) => {
  const enterprise = await ownEnterprise(ctx);
  const institution = await findOrganisationByCode(ctx.tx, input.institutionCode);
  if (!institution || !institutionTypes.includes(institution.type)) throw consentErrors('NOT_AN_INSTITUTION', { code: input.institutionCode });
  if (input.validUntil <= shanghaiDate(ctx.now)) throw consentErrors('VALID_UNTIL_PAST');
  const [row] = await ctx.tx
    .insert(consents)
    .values({ id: newId('cns'), enterpriseId: enterprise.id, institutionId: institution.id, scopes: [...new Set(input.scopes)], purpose: input.purpose, validUntil: input.validUntil, grantedAt: ctx.now, grantedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
    .returning();
  await notify(ctx.tx, [{ to: { organisationId: institution.id }, kind: 'consent', title: { zh: `${enterprise.name} 向贵机构授权查阅数据`, en: `${enterprise.name} granted your institution access to its data` }, body: { zh: `用途：${input.purpose}，至 ${input.validUntil}`, en: `Purpose: ${input.purpose}, until ${input.validUntil}` }, link: `/consents` }]);
  await ctx.audit({ action: 'consent.granted', entityType: 'consent', entityId: row!.id, after: row });
  return (await toConsentViews(ctx, [row!]))[0]!;
};

/** 撤销授权: from now on the institution sees nothing more under this consent. */
export const revokeConsent: UseCase<{ consentId: string }, ConsentView> = async (input, ctx) => {
  const enterprise = await ownEnterprise(ctx);
  const [row] = await ctx.tx
    .update(consents)
    .set({ revokedAt: ctx.now, revokedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
    .where(and(eq(consents.id, input.consentId), eq(consents.enterpriseId, enterprise.id), isNull(consents.revokedAt)))
    .returning();
  if (!row) throw consentErrors('CONSENT_NOT_FOUND', { consentId: input.consentId });
  await ctx.audit({ action: 'consent.revoked', entityType: 'consent', entityId: row.id, after: { revokedAt: row.revokedAt } });
  return (await toConsentViews(ctx, [row]))[0]!;
};

/** The enterprise's own consents, newest first. */
export const listOwnConsents: UseCase<Record<string, never>, ConsentView[]> = async (_input, ctx) => {
  const enterprise = await ownEnterprise(ctx);
  const rows = await ctx.tx.select().from(consents).where(eq(consents.enterpriseId, enterprise.id)).orderBy(desc(consents.grantedAt));
  return toConsentViews(ctx, rows);
};

/** The consents granted to the institution's own organisation. */
export const listConsentsToInstitution: UseCase<Record<string, never>, ConsentView[]> = async (_input, ctx) => {
  assertCan(ctx.actor, 'financing.handle');
  if (ctx.actor.kind !== 'user') return [];
  const rows = await ctx.tx.select().from(consents).where(eq(consents.institutionId, ctx.actor.organisationId)).orderBy(desc(consents.grantedAt));
  return toConsentViews(ctx, rows);
};
