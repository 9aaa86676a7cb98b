/**
 * The financing vocabulary both the server and the web app use: demand kinds and product types,
 * with the names messages and reasons give them. Plain data, no imports, so that the web bundle
 * can take it without the contracts' zod.
 */
export const demandKinds = ['debt', 'equity', 'insurance', 'guarantee'] as const;
export type DemandKind = (typeof demandKinds)[number];

export const demandKindNames: Record<DemandKind, { zh: string; en: string }> = {
  debt: { zh: '债权融资', en: 'debt' },
  equity: { zh: '股权融资', en: 'equity' },
  insurance: { zh: '科技保险', en: 'insurance' },
  guarantee: { zh: '融资担保', en: 'guarantee' },
};

export const productTypes = [
  'credit_loan',
  'ip_pledge_loan',
  'equity_pledge_loan',
  'talent_loan',
  'supply_chain',
  'tech_insurance',
  'ip_insurance',
  'talent_insurance',
  'investment_loan_linkage',
  'guarantee',
  'equity_investment',
  'digital_rmb',
] as const;
export type ProductType = (typeof productTypes)[number];
