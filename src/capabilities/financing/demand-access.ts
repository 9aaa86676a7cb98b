import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import { enterprisesConsentingTo, hasActiveConsent } from '../consent/consent-lookup.ts';
import { dataScopeOf, isInScope } from '../../platform/auth/data-scope.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { findEnterpriseLabels, findEnterpriseOfOrganisation } from '../enterprises/enterprise-lookup.ts';
import { financingErrors } from './financing.errors.ts';
import { loadEligibilityFacts } from './load-eligibility-facts.ts';
import { matchActiveProducts } from './match-demand.ts';
import { demandClaims, demandRecipients, financialProducts, financingDemands } from './financing.tables.ts';

type DemandRow = typeof financingDemands.$inferSelect;

/** Claims that hold a slot: declined ones used theirs; released (deadline missed) and withdrawn ones gave it back. */
export const slotHoldingClaimStatuses = ['claimed', 'contacted', 'approved', 'declined'] as const;
export const activeClaimStatuses = ['claimed', 'contacted'] as const;

/**
 * Whether one of the institution's active products takes this demand (matching, SPEC §2.5): an
 * open demand goes to the eligible institutions only, and only they may see and claim it.
 */
export async function isEligibleInstitution(tx: Transaction, demand: DemandRow, institutionId: string, now: Date): Promise<boolean> {
  const facts = await loadEligibilityFacts(tx, demand.enterpriseId, now);
  if (!facts) return false;
  const matches = await matchActiveProducts(tx, { kind: demand.kind, amountFen: demand.amountFen, termMonths: demand.termMonths, maxRateBp: demand.maxRateBp }, facts);
  return matches.some((match) => match.isEligible && match.product.institution.id === institutionId);
}

/**
 * Whether an institution may see a demand: addressed to it, claimed by it, or open and eligible for
 * one of its products (equity: only with the enterprise's consent, running on the day of `now`).
 */
export async function institutionMaySee(tx: Transaction, demand: DemandRow, institutionId: string, now: Date): Promise<boolean> {
  const [recipient] = await tx.select({ id: demandRecipients.institutionId }).from(demandRecipients).where(and(eq(demandRecipients.demandId, demand.id), eq(demandRecipients.institutionId, institutionId)));
  if (recipient) return true;
  const [claim] = await tx.select({ id: demandClaims.id }).from(demandClaims).where(and(eq(demandClaims.demandId, demand.id), eq(demandClaims.institutionId, institutionId)));
  if (claim) return true;
  if (demand.dispatchMode !== 'open' || demand.status >= 300) return false;
  // Equity demands are for the investors the enterprise has consented to (SPEC §2.5, equity side).
  if (demand.kind === 'equity' && !(await hasActiveConsent(tx, demand.enterpriseId, institutionId, shanghaiDate(now)))) return false;
  const [product] = await tx
    .select({ id: financialProducts.id })
    .from(financialProducts)
    .where(and(eq(financialProducts.institutionId, institutionId), eq(financialProducts.demandKind, demand.kind), eq(financialProducts.status, 'active')))
    .limit(1);
  return product !== undefined && (await isEligibleInstitution(tx, demand, institutionId, now));
}

/**
 * Every demand an institution may see (institutionMaySee, for a whole inbox at once): addressed
 * to it, claimed by it, or open, running, of a kind it offers, consented to if equity, and eligible
 * for one of its products. Open demands are few; each candidate is matched once.
 */
export async function demandIdsVisibleToInstitution(tx: Transaction, institutionId: string, now: Date): Promise<string[]> {
  const addressed = await tx.select({ id: demandRecipients.demandId }).from(demandRecipients).where(eq(demandRecipients.institutionId, institutionId));
  const claimed = await tx.select({ id: demandClaims.demandId }).from(demandClaims).where(eq(demandClaims.institutionId, institutionId));
  const visible = new Set([...addressed, ...claimed].map((row) => row.id));
  const candidates = await tx
    .select()
    .from(financingDemands)
    .where(
      and(
        eq(financingDemands.dispatchMode, 'open'),
        lt(financingDemands.status, 300),
        or(sql`${financingDemands.kind} <> 'equity'`, sql`${financingDemands.enterpriseId} in ${enterprisesConsentingTo(institutionId, shanghaiDate(now))}`),
        inArray(financingDemands.kind, tx.selectDistinct({ kind: financialProducts.demandKind }).from(financialProducts).where(and(eq(financialProducts.institutionId, institutionId), eq(financialProducts.status, 'active')))),
      ),
    );
  for (const demand of candidates) {
    if (!visible.has(demand.id) && (await isEligibleInstitution(tx, demand, institutionId, now))) visible.add(demand.id);
  }
  return [...visible];
}

/**
 * The demand if the actor may see it; otherwise "not found", so that nothing leaks: an enterprise
 * its own, an institution what institutionMaySee allows, overseers within their data scope.
 */
export async function findVisibleDemand(tx: Transaction, actor: Actor, demandId: string, demand: DemandRow | undefined, now: Date): Promise<DemandRow> {
  const notFound = financingErrors('DEMAND_NOT_FOUND', { demandId });
  if (!demand || actor.kind === 'anonymous') throw notFound;
  if (actor.kind === 'system') return demand;
  if (actor.role === 'enterprise') {
    const own = await findEnterpriseOfOrganisation(tx, actor.organisationId);
    if (own?.id !== demand.enterpriseId) throw notFound;
    return demand;
  }
  if (actor.role === 'institution') {
    if (!(await institutionMaySee(tx, demand, actor.organisationId, now))) throw notFound;
    return demand;
  }
  const enterprise = (await findEnterpriseLabels(tx, [demand.enterpriseId])).get(demand.enterpriseId);
  if (!enterprise || !isInScope(dataScopeOf(actor), enterprise)) throw notFound;
  return demand;
}

/**
 * Whether the actor may read the enterprise's per-demand ratings: the enterprise that gave them and
 * overseers may; institutions may not (they see only the registry's count and average).
 */
export function mayReadRatings(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role !== 'institution');
}

/**
 * Whose claims the actor may read on a demand it can see: an institution only its own (another
 * institution's terms, decline reasons and contacts are that institution's business), everyone
 * else all of them. Returns the institution's id, or undefined for "all".
 */
export function claimsReadableOnlyBy(actor: Actor): string | undefined {
  return actor.kind === 'user' && actor.role === 'institution' ? actor.organisationId : undefined;
}

/** How many claims hold a slot on a demand. */
export async function countSlotHoldingClaims(tx: Transaction, demandId: string): Promise<{ holding: number; active: number; institutionIds: string[] }> {
  const claims = await tx.select({ status: demandClaims.status, institutionId: demandClaims.institutionId }).from(demandClaims).where(eq(demandClaims.demandId, demandId));
  return {
    holding: claims.filter((claim) => (slotHoldingClaimStatuses as readonly string[]).includes(claim.status)).length,
    active: claims.filter((claim) => (activeClaimStatuses as readonly string[]).includes(claim.status)).length,
    institutionIds: claims.map((claim) => claim.institutionId),
  };
}

/** Recipients of a chosen-dispatch demand that have not claimed yet. */
export async function unclaimedRecipients(tx: Transaction, demandId: string, claimedBy: string[]): Promise<string[]> {
  const rows = await tx.select({ institutionId: demandRecipients.institutionId }).from(demandRecipients).where(eq(demandRecipients.demandId, demandId));
  return rows.map((row) => row.institutionId).filter((id) => !claimedBy.includes(id));
}

