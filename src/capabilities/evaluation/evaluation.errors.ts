import { defineErrors } from '../../platform/errors.ts';

export const evaluationErrors = defineErrors({
  RULE_SET_NOT_FOUND: { status: 404, zh: '没有评价规则 {ruleSetId}', en: 'No rule set {ruleSetId}' },
  RUN_NOT_FOUND: { status: 404, zh: '没有评价批次 {runId}', en: 'No evaluation run {runId}' },
  RUN_IN_PROGRESS: { status: 409, zh: '已有评价批次 {runId} 正在进行，请等待其完成', en: 'Evaluation run {runId} is still in progress; wait for it to finish' },
  NO_RULE_SET_IN_FORCE: { status: 400, zh: '{asOf} 没有生效的评价规则', en: 'No rule set is in force on {asOf}' },
});
