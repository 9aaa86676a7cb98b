import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { findPackInForce } from './find-pack-in-force.ts';
import { getPolicyPack } from './get-policy-pack.ts';
import { listPolicyPacks } from './list-policy-packs.ts';
import { loadPolicyPack } from './load-policy-pack.ts';
import {
  findPackInForceInput,
  loadPolicyPackInput,
  loadPolicyPackResultSchema,
  packIdSchema,
  policyPackDetailSchema,
  policyPackIdParams,
  policyPackListSchema,
  policyPackSummarySchema,
} from './policy-packs.contracts.ts';
import { supersedePolicyPack } from './supersede-policy-pack.ts';

const tags = ['policy-packs'];

export function registerPolicyPackRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/policy-packs',
    { config: { permission: 'public' }, schema: { tags, summary: '政策包列表 / List policy packs', response: { 200: policyPackListSchema } } },
    (request) => run(listPolicyPacks, undefined, request),
  );
  http.get(
    '/api/policy-packs/in-force',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '某日施行的政策包 / The policy pack in force on a day', querystring: findPackInForceInput, response: { 200: policyPackSummarySchema } },
    },
    (request) => run(findPackInForce, request.query, request),
  );
  http.get(
    '/api/policy-packs/:id',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '政策包全文（目标、奖补项目、重点工作）/ A policy pack in full', params: policyPackIdParams, response: { 200: policyPackDetailSchema } },
    },
    (request) => run(getPolicyPack, request.params, request),
  );
  http.post(
    '/api/policy-packs',
    {
      config: { permission: 'policy.manage' },
      schema: { tags, summary: '载入政策包文件 / Load a policy pack file', body: loadPolicyPackInput, response: { 200: loadPolicyPackResultSchema } },
    },
    (request) => run(loadPolicyPack, request.body, request),
  );
  http.post(
    '/api/policy-packs/:id/supersede',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        summary: '标记政策包已被替代 / Mark a policy pack superseded',
        params: policyPackIdParams,
        body: z.object({ supersededBy: packIdSchema }),
        response: { 200: policyPackSummarySchema },
      },
    },
    (request) => run(supersedePolicyPack, { id: request.params.id, supersededBy: request.body.supersededBy }, request),
  );
}
