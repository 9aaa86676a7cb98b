import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { usccParams } from '../enterprises/enterprises.contracts.ts';
import { calculateEvaluationsForUser } from './calculate-evaluations.ts';
import type { AfterEvaluationBatch } from './evaluate-registry.ts';
import { evaluateEnterprise } from './evaluate-enterprise.ts';
import {
  calculateInput,
  calculateOutputSchema,
  evaluationRunSchema,
  portraitSchema,
  ruleSetSummarySchema,
  runIdParams,
  startRunInput,
} from './evaluation.contracts.ts';
import { getEnterprisePortrait } from './get-enterprise-portrait.ts';
import { getEvaluationRun, listEvaluationRuns } from './get-evaluation-run.ts';
import { listRuleSets } from './list-rule-sets.ts';
import { startEvaluationRun } from './start-evaluation-run.ts';

const tags = ['evaluation'];

export function registerEvaluationRoutes({ http, run }: RouteContext, options: { afterBatch?: AfterEvaluationBatch } = {}): void {
  http.get(
    '/api/evaluation/rule-sets',
    { config: { permission: 'session' }, schema: { tags, summary: '评价规则 / Rule sets', response: { 200: z.array(ruleSetSummarySchema) } } },
    (request) => run(listRuleSets, {}, request),
  );
  http.post(
    '/api/evaluation/calculate',
    {
      config: { permission: 'session' },
      bodyLimit: 5 * 1024 * 1024,
      schema: { tags, summary: '按事实文件计算评价（不读写数据库）/ Evaluate facts records (no database)', body: calculateInput, response: { 200: calculateOutputSchema } },
    },
    (request) => run(calculateEvaluationsForUser, request.body, request),
  );
  http.get(
    '/api/enterprises/:uscc/portrait',
    { config: { permission: 'evaluation.read' }, schema: { tags, summary: '全景画像 / Enterprise portrait', params: usccParams, response: { 200: portraitSchema } } },
    (request) => run(getEnterprisePortrait, request.params, request),
  );
  http.post(
    '/api/enterprises/:uscc/evaluation',
    {
      config: { permission: 'evaluation.run' },
      schema: { tags, summary: '重新评价一家企业 / Re-evaluate one enterprise', params: usccParams, response: { 200: z.object({ written: z.number().int() }) } },
    },
    (request) => run(evaluateEnterprise, { uscc: request.params.uscc, afterBatch: options.afterBatch }, request),
  );
  http.post(
    '/api/evaluation/runs',
    { config: { permission: 'evaluation.run' }, schema: { tags, summary: '批量重新评价全市企业 / Re-evaluate the registry', body: startRunInput, response: { 202: evaluationRunSchema } } },
    async (request, reply) => reply.status(202).send(await run(startEvaluationRun, { asOf: request.body.asOf, trigger: 'api', execution: 'job' }, request)),
  );
  http.get(
    '/api/evaluation/runs',
    { config: { permission: 'evaluation.read' }, schema: { tags, summary: '评价批次 / Evaluation runs', response: { 200: z.array(evaluationRunSchema) } } },
    (request) => run(listEvaluationRuns, { limit: 20 }, request),
  );
  http.get(
    '/api/evaluation/runs/:runId',
    { config: { permission: 'evaluation.read' }, schema: { tags, summary: '评价批次进度 / Evaluation run progress', params: runIdParams, response: { 200: evaluationRunSchema } } },
    (request) => run(getEvaluationRun, request.params, request),
  );
}
