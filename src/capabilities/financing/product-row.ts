import type { Organisation } from '../organisations/organisations.contracts.ts';
import type { ProductView } from './financing.contracts.ts';
import { financialProducts } from './financing.tables.ts';

export type ProductRow = typeof financialProducts.$inferSelect;

export function toProductView(row: ProductRow, institution: Organisation | undefined): ProductView {
  return {
    id: row.id,
    institution: { id: row.institutionId, code: institution?.code ?? '', name: institution?.name ?? '' },
    name: row.name,
    nameEn: row.nameEn,
    productType: row.productType as ProductView['productType'],
    demandKind: row.demandKind as ProductView['demandKind'],
    minAmountFen: row.minAmountFen,
    maxAmountFen: row.maxAmountFen,
    minTermMonths: row.minTermMonths,
    maxTermMonths: row.maxTermMonths,
    minRateBp: row.minRateBp,
    maxRateBp: row.maxRateBp,
    eligibility: row.eligibility ?? null,
    description: row.description,
    launchedOn: row.launchedOn,
    isNewUnderPolicy: row.isNewUnderPolicy,
    status: row.status as ProductView['status'],
  };
}
