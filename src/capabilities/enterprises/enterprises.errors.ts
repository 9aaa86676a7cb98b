import { defineErrors } from '../../platform/errors.ts';

export const enterpriseErrors = defineErrors({
  ENTERPRISE_NOT_FOUND: { status: 404, zh: '未找到企业 {uscc}', en: 'Enterprise {uscc} not found' },
  USCC_BAD_FORMAT: { status: 400, zh: '统一社会信用代码格式不正确（应为 18 位，不含 I、O、S、V、Z）', en: 'The USCC is malformed (18 characters, without I, O, S, V, Z)' },
  USCC_CHECKSUM_MISMATCH: {
    status: 400,
    zh: '统一社会信用代码校验位错误（应为 {expected}）；如属试点期间发放的合法代码，请由工作人员登记例外',
    en: 'The USCC check character is wrong (expected {expected}); if it is a legal pilot-era code, an officer must register an exception',
  },
  USCC_IS_VALID: { status: 400, zh: '该统一社会信用代码校验通过，无需登记例外', en: 'This USCC passes its check; no exception is needed' },
  EXCEPTION_REASON_REQUIRED: { status: 400, zh: '登记例外须填写理由（至少 10 个字）', en: 'An exception needs a written reason (at least 10 characters)' },
  ENTERPRISE_EXISTS: { status: 409, zh: '企业 {uscc} 已存在', en: 'Enterprise {uscc} already exists' },
  ORGANISATION_NOT_ENTERPRISE: { status: 400, zh: '机构 {organisationCode} 不存在或不是企业', en: 'Organisation {organisationCode} does not exist or is not an enterprise' },
  NAME_REQUIRED_FOR_NEW: { status: 400, zh: '新企业须提供企业名称', en: 'A new enterprise needs a name' },
});
