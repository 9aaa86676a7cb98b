import { and, asc, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findEnterpriseOfOrganisation } from '../enterprises/enterprise-lookup.ts';
import { findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { EligibilityFacts } from './evaluate-eligibility.ts';
import type { ProductMatch } from './financing.contracts.ts';
import { financingErrors } from './financing.errors.ts';
import { financialProducts } from './financing.tables.ts';
import { loadEligibilityFacts } from './load-eligibility-facts.ts';
import { matchProduct, type DemandTerms } from './match-products.ts';
import { toProductView } from './product-row.ts';

/** Every active product of the demand's kind, eligible ones first, each with the rules that matched or failed. */
export async function matchActiveProducts(tx: Transaction, demand: DemandTerms, facts: EligibilityFacts): Promise<ProductMatch[]> {
  const products = await tx.select().from(financialProducts).where(and(eq(financialProducts.status, 'active'), eq(financialProducts.demandKind, demand.kind))).orderBy(asc(financialProducts.name));
  const institutions = await findOrganisationsByIds(tx, products.map((product) => product.institutionId));
  const matches = products.map((product) => ({ product: toProductView(product, institutions.get(product.institutionId)), ...matchProduct(product, demand, facts) }));
  return matches.sort((a, b) => Number(b.isEligible) - Number(a.isEligible));
}

/** The enterprise user's own enterprise and what product rules read about it. */
export async function ownEligibilityFacts(tx: Transaction, organisationId: string, now: Date): Promise<{ enterpriseId: string; facts: EligibilityFacts }> {
  const enterprise = await findEnterpriseOfOrganisation(tx, organisationId);
  const facts = enterprise ? await loadEligibilityFacts(tx, enterprise.id, now) : undefined;
  if (!enterprise || !facts) throw financingErrors('NO_ENTERPRISE_RECORD');
  return { enterpriseId: enterprise.id, facts };
}

/** 产品匹配: before (or after) posting a demand, which products fit and why. */
export const matchProductsForDemand: UseCase<DemandTerms, ProductMatch[]> = async (input, ctx) => {
  assertCan(ctx.actor, 'financing.demand');
  if (ctx.actor.kind !== 'user') throw financingErrors('NO_ENTERPRISE_RECORD');
  const { facts } = await ownEligibilityFacts(ctx.tx, ctx.actor.organisationId, ctx.now);
  return matchActiveProducts(ctx.tx, input, facts);
};
