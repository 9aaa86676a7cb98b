/**
 * Names of financing concepts. The server owns the status names and decline reasons
 * (demand-status.ts: demand and claim statuses) and the consent scopes; the kinds, product types,
 * collateral and timeline events are named here, for the web only.
 */
import { claimStatusNames, declineReasons, demandStatusNames, type DeclineReason, type DemandStatus } from '../../capabilities/financing/demand-status.ts';
import { demandKinds, productTypes, type ProductType } from '../../capabilities/financing/financing-kinds.ts';
import { pick, type Bilingual, type Language } from './language.ts';

export { declineReasons };
export type { DeclineReason };

export { demandKinds, productTypes, type ProductType };
export const demandKindNames: Record<(typeof demandKinds)[number], Bilingual> = {
  debt: { zh: '债权融资（贷款）', en: 'Debt (loan)' },
  equity: { zh: '股权融资', en: 'Equity' },
  insurance: { zh: '科技保险', en: 'Insurance' },
  guarantee: { zh: '融资担保', en: 'Guarantee' },
};

const productTypeNames: Record<ProductType, Bilingual> = {
  credit_loan: { zh: '信用贷款', en: 'Credit loan' },
  ip_pledge_loan: { zh: '知识产权质押贷款', en: 'IP-pledge loan' },
  equity_pledge_loan: { zh: '股权质押贷款', en: 'Equity-pledge loan' },
  talent_loan: { zh: '人才贷', en: 'Talent loan' },
  supply_chain: { zh: '供应链金融', en: 'Supply-chain finance' },
  tech_insurance: { zh: '科技保险', en: 'Tech insurance' },
  ip_insurance: { zh: '知识产权保险', en: 'IP insurance' },
  talent_insurance: { zh: '人才保险', en: 'Talent insurance' },
  investment_loan_linkage: { zh: '投贷联动', en: 'Investment-loan linkage' },
  guarantee: { zh: '融资担保', en: 'Guarantee' },
  equity_investment: { zh: '股权投资', en: 'Equity investment' },
  digital_rmb: { zh: '数字人民币', en: 'Digital RMB' },
};

export const collateralKinds = ['none', 'intellectual_property', 'equity', 'property', 'receivables', 'guarantee', 'other'] as const;
const collateralNames: Record<(typeof collateralKinds)[number], Bilingual> = {
  none: { zh: '无（信用）', en: 'None (credit)' },
  intellectual_property: { zh: '知识产权', en: 'Intellectual property' },
  equity: { zh: '股权', en: 'Equity' },
  property: { zh: '房产土地', en: 'Property' },
  receivables: { zh: '应收账款', en: 'Receivables' },
  guarantee: { zh: '第三方担保', en: 'Third-party guarantee' },
  other: { zh: '其他', en: 'Other' },
};

const eventNames: Record<string, Bilingual> = {
  posted: { zh: '发布需求', en: 'Posted' },
  claimed: { zh: '机构接单', en: 'Claimed by an institution' },
  contacted: { zh: '首次对接', en: 'First contact' },
  approved: { zh: '审批通过', en: 'Approved' },
  declined: { zh: '审批未通过', en: 'Declined' },
  claim_ended_others_active: { zh: '一家机构结束办理，其他机构仍在办理', en: 'One institution finished; others are still handling it' },
  claim_ended_slots_left: { zh: '一家机构结束办理，需求重新开放接单', en: 'One institution finished; the demand is open for claims again' },
  claim_ended_no_slots: { zh: '所有机构均未批准', en: 'No institution approved' },
  claim_deadline_missed: { zh: '超时未接单', en: 'Not claimed in time' },
  referral_accepted: { zh: '接受转介', en: 'Referral accepted' },
  withdrawn: { zh: '企业撤回', en: 'Withdrawn' },
  rated: { zh: '企业评价', en: 'Rated' },
  reopened: { zh: '指定机构超时，已向所有符合条件的机构开放', en: 'Reopened to every eligible institution' },
  interest_expressed: { zh: '机构表达投资意向', en: 'An institution expressed interest' },
};

export const demandBands = ['waiting', 'handling', 'financed', 'not_financed', 'closed'] as const;
const bandNames: Record<(typeof demandBands)[number], Bilingual> = {
  waiting: { zh: '待接单', en: 'Waiting' },
  handling: { zh: '办理中', en: 'Being handled' },
  financed: { zh: '已获批', en: 'Financed' },
  not_financed: { zh: '未获融资', en: 'Not financed' },
  closed: { zh: '已关闭', en: 'Closed' },
};

function named(names: Record<string, Bilingual>, code: string, language: Language): string {
  const name = names[code];
  return name ? pick(name, language) : code;
}

export const demandKindName = (kind: string, language: Language) => named(demandKindNames, kind, language);
export const productTypeName = (type: string, language: Language) => named(productTypeNames, type, language);
export const collateralName = (kind: string, language: Language) => named(collateralNames, kind, language);
export const claimStatusName = (status: string, language: Language) => named(claimStatusNames, status, language);
export const demandEventName = (event: string, language: Language) => named(eventNames, event, language);
export const bandName = (band: string, language: Language) => named(bandNames, band, language);
export const declineReasonName = (reason: string, language: Language) => named(declineReasons, reason, language);
export const demandStatusName = (status: number, language: Language) => named(demandStatusNames as Record<number, Bilingual>, String(status), language);

/** Tag colours by status band. */
export function demandStatusColour(status: number): string {
  if (status < 200) return 'blue';
  if (status < 300) return 'processing';
  if (status < 400) return 'success';
  if (status < 500) return 'error';
  return 'default';
}

export type { DemandStatus };
