import { and, asc, eq, type SQL } from 'drizzle-orm';
import { assertCan } from '../../platform/auth/actor.ts';
import { selectPage, type Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { findOrganisationByCode, findOrganisationsByIds } from '../organisations/organisation-lookup.ts';
import type { ListProductsInput, ProductView } from './financing.contracts.ts';
import { financialProducts } from './financing.tables.ts';
import { toProductView } from './product-row.ts';

/** 产品目录: the public catalogue of active products (an institution's own list includes its inactive ones). */
export const listProducts: UseCase<ListProductsInput & { isOwnOnly?: boolean }, Page<ProductView>> = async (input, ctx) => {
  assertCan(ctx.actor, input.isOwnOnly ? 'products.manage' : 'public');
  const conditions: (SQL | undefined)[] = [];
  if (input.isOwnOnly && ctx.actor.kind === 'user') conditions.push(eq(financialProducts.institutionId, ctx.actor.organisationId));
  else conditions.push(eq(financialProducts.status, 'active'));
  if (input.demandKind) conditions.push(eq(financialProducts.demandKind, input.demandKind));
  if (input.productType) conditions.push(eq(financialProducts.productType, input.productType));
  if (input.institutionCode) {
    const institution = await findOrganisationByCode(ctx.tx, input.institutionCode);
    conditions.push(eq(financialProducts.institutionId, institution?.id ?? ''));
  }
  const { rows, total } = await selectPage(ctx.tx, financialProducts, and(...conditions), [asc(financialProducts.demandKind), asc(financialProducts.name), asc(financialProducts.id)], input);
  const institutions = await findOrganisationsByIds(ctx.tx, rows.map((row) => row.institutionId));
  return { items: rows.map((row) => toProductView(row, institutions.get(row.institutionId))), total, page: input.page, pageSize: input.pageSize };
};
