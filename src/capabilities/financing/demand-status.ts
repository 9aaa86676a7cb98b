/**
 * 需求状态: demand status codes in bands — 1xx waiting for institutions, 2xx being handled,
 * 3xx financed, 4xx not financed (a referral may follow), 5xx closed — and the one table of
 * transitions every use case goes through.
 */
export const demandStatuses = {
  open: 110,
  claimed: 210,
  approved: 310,
  declined: 410,
  unclaimed: 420,
  withdrawn: 510,
} as const;
export type DemandStatusName = keyof typeof demandStatuses;
export type DemandStatus = (typeof demandStatuses)[DemandStatusName];

export const demandStatusNames: Record<DemandStatus, { zh: string; en: string }> = {
  110: { zh: '待接单', en: 'Waiting for institutions' },
  210: { zh: '办理中', en: 'Being handled' },
  310: { zh: '已获批', en: 'Approved' },
  410: { zh: '未获批', en: 'Declined' },
  420: { zh: '超时未接单', en: 'Not claimed in time' },
  510: { zh: '已撤回', en: 'Withdrawn' },
};

/**
 * What happened. A claim that ends (declined, or released when its deadline passes) is named by
 * what it leaves behind: other claims still active, free slots for other institutions, or none.
 */
export const demandEvents = [
  'claimed',
  'approved',
  'claim_ended_others_active',
  'claim_ended_slots_left',
  'claim_ended_no_slots',
  'claim_deadline_missed',
  'referral_accepted',
  'withdrawn',
] as const;
export type DemandEvent = (typeof demandEvents)[number];

/** The transition table: [from, event, to]. Anything not listed is refused. */
export const demandTransitions: ReadonlyArray<readonly [DemandStatus, DemandEvent, DemandStatus]> = [
  [110, 'claimed', 210],
  [210, 'claimed', 210],
  [210, 'approved', 310],
  [210, 'claim_ended_others_active', 210],
  [210, 'claim_ended_slots_left', 110],
  [210, 'claim_ended_no_slots', 410],
  // After an approval the other institutions may still finish; the demand stays financed.
  [310, 'approved', 310],
  [310, 'claim_ended_others_active', 310],
  [310, 'claim_ended_slots_left', 310],
  [310, 'claim_ended_no_slots', 310],
  [110, 'claim_deadline_missed', 420],
  [410, 'referral_accepted', 110],
  [420, 'referral_accepted', 110],
  [110, 'withdrawn', 510],
  [210, 'withdrawn', 510],
  [410, 'withdrawn', 510],
  [420, 'withdrawn', 510],
];

/** The status after `event`, or undefined when the table does not allow it. */
export function nextDemandStatus(from: number, event: DemandEvent): DemandStatus | undefined {
  return demandTransitions.find(([source, name]) => source === from && name === event)?.[2];
}

/** Which band a status is in: waiting, handling, financed, not financed, closed. */
export function demandBand(status: number): 'waiting' | 'handling' | 'financed' | 'not_financed' | 'closed' {
  if (status < 200) return 'waiting';
  if (status < 300) return 'handling';
  if (status < 400) return 'financed';
  if (status < 500) return 'not_financed';
  return 'closed';
}

/** What people call a claim's status. */
export const claimStatusNames: Record<string, { zh: string; en: string }> = {
  claimed: { zh: '已接单', en: 'Claimed' },
  contacted: { zh: '已对接', en: 'Contacted' },
  approved: { zh: '已批准', en: 'Approved' },
  declined: { zh: '已拒绝', en: 'Declined' },
  released: { zh: '超时释放', en: 'Released (deadline missed)' },
  withdrawn: { zh: '企业已撤回', en: 'Withdrawn by the enterprise' },
};

/** Claim statuses and their transitions (one institution's handling of one demand). */
export const claimTransitions: ReadonlyArray<readonly [string, string, string]> = [
  ['claimed', 'contact', 'contacted'],
  ['claimed', 'approve', 'approved'],
  ['contacted', 'approve', 'approved'],
  ['claimed', 'decline', 'declined'],
  ['contacted', 'decline', 'declined'],
  ['claimed', 'release', 'released'],
  ['contacted', 'release', 'released'],
  ['claimed', 'withdraw', 'withdrawn'],
  ['contacted', 'withdraw', 'withdrawn'],
];

export function nextClaimStatus(from: string, event: string): string | undefined {
  return claimTransitions.find(([source, name]) => source === from && name === event)?.[2];
}

/** 拒贷原因: the fixed list a decline picks from (plus free text). */
export const declineReasons = {
  insufficient_revenue: { zh: '经营收入不足', en: 'Insufficient revenue' },
  high_leverage: { zh: '负债率过高', en: 'Leverage too high' },
  credit_record: { zh: '征信记录不良', en: 'Poor credit record' },
  insufficient_collateral: { zh: '担保或抵质押不足', en: 'Insufficient guarantee or collateral' },
  outside_policy: { zh: '不符合本机构授信政策或行业投向', en: 'Outside the institution’s credit policy or sectors' },
  amount_or_term: { zh: '金额或期限不匹配', en: 'Amount or term does not fit' },
  incomplete_materials: { zh: '材料不全或无法核实', en: 'Incomplete or unverifiable materials' },
  enterprise_withdrew: { zh: '企业放弃或已获其他融资', en: 'The enterprise withdrew or found other funding' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type DeclineReason = keyof typeof declineReasons;
