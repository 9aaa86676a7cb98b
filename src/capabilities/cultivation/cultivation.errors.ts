import { defineErrors } from '../../platform/errors.ts';

export const cultivationErrors = defineErrors({
  PROPOSAL_NOT_FOUND: { status: 404, zh: '没有调整建议 {proposalId}', en: 'No proposal {proposalId}' },
  PROPOSAL_DECIDED: { status: 409, zh: '该调整建议已处理（{status}）', en: 'This proposal was already decided ({status})' },
  PROPOSAL_STALE: { status: 409, zh: '企业当前分层已变化（现为 {current}），请重新评价后再处理', en: 'The enterprise’s tier has changed (now {current}); re-evaluate before deciding' },
  UNKNOWN_TIER: { status: 400, zh: '没有分层 {tierCode}', en: 'No tier {tierCode}' },
  OVERRIDE_REASON_REQUIRED: { status: 400, zh: '改判须填写书面理由（至少 5 个字）', en: 'An override needs a written reason (at least 5 characters)' },
});
