import { defineErrors } from '../../platform/errors.ts';

export const policyPackErrors = defineErrors({
  INVALID_POLICY_PACK: {
    status: 400,
    zh: '政策包文件 {fileName} 有 {count} 处错误：{problemsZh}',
    en: 'Policy pack file {fileName} has {count} problem(s): {problemsEn}',
  },
  POLICY_PACK_NOT_FOUND: { status: 404, zh: '未找到政策包 {id}', en: 'Policy pack {id} not found' },
  INVALID_DATE: { status: 400, zh: '{date} 不是有效日期，应为 YYYY-MM-DD', en: '{date} is not a valid date; use YYYY-MM-DD' },
  NO_PACK_IN_FORCE: {
    status: 404,
    zh: '{date} 没有施行中的政策包（已载入的政策包的有效期均不包含该日）',
    en: 'No policy pack is in force on {date} (no loaded pack’s window contains that day)',
  },
  CANNOT_SUPERSEDE_ITSELF: { status: 400, zh: '政策包 {id} 不能被自身替代', en: 'Policy pack {id} cannot supersede itself' },
  SUPERSEDE_CYCLE: {
    status: 409,
    zh: '政策包 {supersededBy} 已被 {id} 替代，不能反过来替代 {id}',
    en: 'Policy pack {supersededBy} is already superseded by {id}, so it cannot supersede {id}',
  },
});
