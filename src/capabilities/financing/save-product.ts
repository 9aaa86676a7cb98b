import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationByCode, findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import { institutionTypes, type Organisation } from '../organisations/organisations.contracts.ts';
import type { ProductInput, ProductView } from './financing.contracts.ts';
import { financingErrors } from './financing.errors.ts';
import { financialProducts } from './financing.tables.ts';
import { toProductView } from './product-row.ts';

function isInstitution(organisation: Organisation | undefined): organisation is Organisation {
  return organisation !== undefined && institutionTypes.includes(organisation.type);
}

/**
 * 产品维护: an institution officer creates or edits its own institution's product (the admin, any
 * institution's by code). Editing another institution's product answers "not found".
 */
export const saveProduct: UseCase<ProductInput & { productId?: string }, ProductView> = async (input, ctx) => {
  assertCan(ctx.actor, 'products.manage');
  let institution: Organisation | undefined;
  if (ctx.actor.kind === 'user' && ctx.actor.role === 'institution') {
    institution = (await findOrganisationsByIds(ctx.tx, [ctx.actor.organisationId])).get(ctx.actor.organisationId);
  } else {
    institution = input.institutionCode ? await findOrganisationByCode(ctx.tx, input.institutionCode) : undefined;
  }
  if (!isInstitution(institution)) throw financingErrors('NOT_AN_INSTITUTION', { code: input.institutionCode ?? '—' });
  const { productId, institutionCode: _code, ...fields } = input;
  const values = {
    name: fields.name,
    nameEn: fields.nameEn ?? null,
    productType: fields.productType,
    demandKind: fields.demandKind,
    minAmountFen: fields.minAmountFen ?? null,
    maxAmountFen: fields.maxAmountFen ?? null,
    minTermMonths: fields.minTermMonths ?? null,
    maxTermMonths: fields.maxTermMonths ?? null,
    minRateBp: fields.minRateBp ?? null,
    maxRateBp: fields.maxRateBp ?? null,
    eligibility: fields.eligibility ?? null,
    description: fields.description ?? null,
    launchedOn: fields.launchedOn,
    isNewUnderPolicy: fields.isNewUnderPolicy,
    status: fields.status,
    updatedAt: ctx.now,
  };
  if (productId === undefined) {
    const [row] = await ctx.tx.insert(financialProducts).values({ id: newId('prd'), institutionId: institution.id, ...values }).returning();
    await ctx.audit({ action: 'product.created', entityType: 'financial_product', entityId: row!.id, after: row });
    return toProductView(row!, institution);
  }
  const [before] = await ctx.tx.select().from(financialProducts).where(eq(financialProducts.id, productId));
  if (!before || before.institutionId !== institution.id) throw financingErrors('PRODUCT_NOT_FOUND', { productId });
  const [row] = await ctx.tx.update(financialProducts).set(values).where(eq(financialProducts.id, productId)).returning();
  await ctx.audit({ action: 'product.updated', entityType: 'financial_product', entityId: productId, before, after: row });
  return toProductView(row!, institution);
};
