import { defineErrors } from '../../platform/errors.ts';

export const financingErrors = defineErrors({
  NOT_AN_INSTITUTION: { status: 400, zh: '机构 {code} 不存在或不是金融机构', en: 'Organisation {code} does not exist or is not a financial institution' },
  PRODUCT_NOT_FOUND: { status: 404, zh: '没有产品 {productId}', en: 'No product {productId}' },
  NO_ENTERPRISE_RECORD: { status: 400, zh: '您的账户尚未关联企业档案，请联系科技局工作人员', en: 'Your account is not linked to an enterprise record yet; ask a 科技局 officer' },
  DEMAND_NOT_FOUND: { status: 404, zh: '没有融资需求 {demandId}', en: 'No financing demand {demandId}' },
  CLAIM_LIMIT_REACHED: { status: 409, zh: '名额已满：该需求已有 {cap} 家机构接单', en: 'Claim limit reached: {cap} institutions have already claimed this demand' },
  ALREADY_CLAIMED: { status: 409, zh: '贵机构已接过该需求', en: 'Your institution has already claimed this demand' },
  NOT_OPEN_FOR_CLAIMS: { status: 409, zh: '该需求当前不可接单（{status}）', en: 'This demand cannot be claimed now ({status})' },
  NOT_A_RECIPIENT: { status: 403, zh: '该需求未发送给贵机构', en: 'This demand was not sent to your institution' },
  NOT_ELIGIBLE: { status: 403, zh: '贵机构没有适合该需求的在售产品', en: 'Your institution has no active product this demand is eligible for' },
  CLAIM_NOT_FOUND: { status: 404, zh: '贵机构没有接该需求', en: 'Your institution has not claimed this demand' },
  TRANSITION_REFUSED: { status: 409, zh: '当前状态（{status}）下不能{action}', en: 'Cannot {action} in the current status ({status})' },
  ALREADY_RATED: { status: 409, zh: '已评价过该机构', en: 'You have already rated this institution' },
  NOTHING_TO_RATE: { status: 400, zh: '该机构尚未给出结果，暂不能评价', en: 'This institution has not given an outcome yet' },
  NOT_EQUITY: { status: 400, zh: '需求 {demandId} 不是股权融资需求', en: 'Demand {demandId} is not an equity demand' },
  ROADSHOW_NOT_OPEN: { status: 409, zh: '路演 {roadshowId} 不存在或已不接受报名', en: 'Roadshow {roadshowId} does not exist or no longer takes registrations' },
  NOT_REGISTERED: { status: 400, zh: '{code} 未报名该路演', en: '{code} did not register for this roadshow' },
  CONTACT_AFTER_DECISION: {
    status: 400,
    zh: '首次对接时限（{contact} 个工作日）不得长于给出结果时限（{decision} 个工作日）',
    en: 'The first-contact deadline ({contact} working days) must not be longer than the decision deadline ({decision} working days)',
  },
});
