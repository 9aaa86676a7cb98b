import { defineErrors } from '../../platform/errors.ts';

export const consentErrors = defineErrors({
  NOT_AN_INSTITUTION: { status: 400, zh: '机构 {code} 不存在或不是金融机构', en: 'Organisation {code} does not exist or is not a financial institution' },
  NO_ENTERPRISE_RECORD: { status: 400, zh: '您的账户尚未关联企业档案', en: 'Your account is not linked to an enterprise record' },
  VALID_UNTIL_PAST: { status: 400, zh: '授权截止日期须晚于今天', en: 'The consent must run until a date after today' },
  CONSENT_NOT_FOUND: { status: 404, zh: '没有授权 {consentId}', en: 'No consent {consentId}' },
  NO_CONSENT: { status: 404, zh: '未找到企业 {uscc} 对贵机构的有效授权', en: 'No valid consent from enterprise {uscc} to your institution' },
});
