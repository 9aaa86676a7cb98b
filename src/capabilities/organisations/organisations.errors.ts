import { defineErrors } from '../../platform/errors.ts';

export const organisationErrors = defineErrors({
  ORGANISATION_CODE_TAKEN: { status: 409, zh: '机构代码 {code} 已存在', en: 'Organisation code {code} already exists' },
  ORGANISATION_NOT_FOUND: { status: 404, zh: '未找到机构 {code}', en: 'Organisation {code} not found' },
  PARENT_NOT_FOUND: { status: 400, zh: '上级机构 {parentCode} 不存在', en: 'Parent organisation {parentCode} does not exist' },
});
