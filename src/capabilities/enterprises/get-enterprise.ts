import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { assertInScope } from '../../platform/auth/data-scope.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { canSeeContacts, maskEmail, maskPersonName, maskPhone } from './contact-masking.ts';
import type { EnterpriseDetail, FactSourceView } from './enterprises.contracts.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { enterpriseIntellectualProperty, enterpriseQualifications, enterpriseYearlyFacts, enterprises, factChanges, factSources, type FieldSources } from './enterprises.tables.ts';
import { enterpriseValueFields, intellectualPropertyValueFields, qualificationValueFields, yearlyValueFields } from './fact-subjects.ts';
import { checkUscc } from './uscc.ts';

const historyLimit = 200;

function pick(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
}

/** 一企一档详情: every fact with its source and date, and the history of changes. */
export const getEnterprise: UseCase<{ uscc: string }, EnterpriseDetail> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.read');
  const uscc = checkUscc(input.uscc).uscc;
  const [row] = await ctx.tx.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  if (!row) throw enterpriseErrors('ENTERPRISE_NOT_FOUND', { uscc });
  // Out of scope answers exactly like "not found", so that nothing leaks.
  try {
    assertInScope(ctx.actor, { organisationId: row.organisationId, districtCode: row.districtCode });
  } catch {
    throw enterpriseErrors('ENTERPRISE_NOT_FOUND', { uscc });
  }
  const yearly = await ctx.tx.select().from(enterpriseYearlyFacts).where(eq(enterpriseYearlyFacts.enterpriseId, row.id)).orderBy(asc(enterpriseYearlyFacts.year));
  const intellectualProperty = await ctx.tx.select().from(enterpriseIntellectualProperty).where(eq(enterpriseIntellectualProperty.enterpriseId, row.id)).orderBy(asc(enterpriseIntellectualProperty.year));
  const qualifications = await ctx.tx.select().from(enterpriseQualifications).where(eq(enterpriseQualifications.enterpriseId, row.id)).orderBy(asc(enterpriseQualifications.kind), desc(enterpriseQualifications.validTo));
  const history = await ctx.tx.select().from(factChanges).where(and(eq(factChanges.enterpriseId, row.id))).orderBy(desc(factChanges.id)).limit(historyLimit);

  const profile = pick(row, enterpriseValueFields);
  const isMasked = !canSeeContacts(ctx.actor, row.organisationId);
  if (isMasked) {
    profile.contactPhone = maskPhone(row.contactPhone);
    profile.contactEmail = maskEmail(row.contactEmail);
    profile.contactName = maskPersonName(row.contactName);
  }
  const today = shanghaiDate(ctx.now);
  const sourceIds = new Set<string>();
  const collect = (sources: FieldSources) => Object.values(sources).forEach((id) => sourceIds.add(id));
  [row, ...yearly, ...intellectualProperty, ...qualifications].forEach((fact) => collect(fact.fieldSources));
  history.forEach((change) => {
    sourceIds.add(change.sourceId);
    if (change.oldSourceId) sourceIds.add(change.oldSourceId);
  });

  return {
    profile: { id: row.id, uscc: row.uscc, usccExceptionReason: row.usccExceptionReason, areContactsMasked: isMasked, values: profile, sources: row.fieldSources },
    yearlyFacts: yearly.map((fact) => ({ year: fact.year, values: pick(fact, yearlyValueFields), sources: fact.fieldSources })),
    intellectualProperty: intellectualProperty.map((fact) => ({ year: fact.year, values: pick(fact, intellectualPropertyValueFields), sources: fact.fieldSources })),
    qualifications: qualifications.map((fact) => ({
      id: fact.id,
      kind: fact.kind,
      certificateNumber: fact.certificateNumber,
      isValidToday: !fact.isRevoked && (!fact.validTo || fact.validTo >= today) && (!fact.validFrom || fact.validFrom <= today),
      values: pick(fact, qualificationValueFields),
      sources: fact.fieldSources,
    })),
    history: history.map((change) => ({
      subject: change.subject,
      period: change.period,
      field: change.field,
      oldValue: isMasked && isContactField(change.field) ? '***' : change.oldValue,
      newValue: isMasked && isContactField(change.field) ? '***' : change.newValue,
      oldSourceId: change.oldSourceId,
      sourceId: change.sourceId,
      changedAt: change.changedAt.toISOString(),
    })),
    sources: await describeSources(ctx.tx, [...sourceIds]),
  };
};

function isContactField(field: string): boolean {
  return field === 'contactPhone' || field === 'contactEmail' || field === 'contactName';
}

async function describeSources(tx: Parameters<UseCase<unknown, unknown>>[1]['tx'], ids: string[]): Promise<Record<string, FactSourceView>> {
  if (ids.length === 0) return {};
  const rows = await tx.select().from(factSources).where(inArray(factSources.id, ids));
  const organisations = await findOrganisationsByIds(tx, rows.map((row) => row.organisationId).filter((id): id is string => Boolean(id)));
  return Object.fromEntries(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        channel: row.channel,
        organisationId: row.organisationId,
        organisationName: row.organisationId ? (organisations.get(row.organisationId)?.name ?? null) : null,
        fileName: row.fileName,
        fileSha256: row.fileSha256,
        recordedAt: row.recordedAt.toISOString(),
        recordedByUserId: row.recordedByUserId,
      },
    ]),
  );
}
