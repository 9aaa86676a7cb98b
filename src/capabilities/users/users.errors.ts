import { defineErrors } from '../../platform/errors.ts';

export const userErrors = defineErrors({
  USERNAME_TAKEN: { status: 409, zh: '用户名 {username} 已存在', en: 'Username {username} already exists' },
  USER_NOT_FOUND: { status: 404, zh: '未找到用户 {username}', en: 'User {username} not found' },
  ORGANISATION_NOT_FOUND: { status: 400, zh: '机构 {organisationCode} 不存在', en: 'Organisation {organisationCode} does not exist' },
  ROLE_NOT_ALLOWED_FOR_ORGANISATION: {
    status: 400,
    zh: '角色 {role} 不能属于类型为 {organisationType} 的机构',
    en: 'Role {role} cannot belong to an organisation of type {organisationType}',
  },
  WEAK_PASSWORD: { status: 400, zh: '密码不符合密码策略：{problemsZh}', en: 'The password does not meet the policy: {problemsEn}' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账户已锁定至 {until}',
    en: 'Too many failed sign-ins; the account is locked until {until}',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账户已停用，请联系管理员', en: 'The account is disabled; contact the administrator' },
  CANNOT_DISABLE_SELF: { status: 400, zh: '不能停用自己的账户', en: 'You cannot disable your own account' },
});
