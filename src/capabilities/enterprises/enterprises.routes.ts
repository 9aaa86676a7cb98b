import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { sendWorkbook } from '../../platform/http/send-workbook.ts';
import { enterpriseDetailSchema, enterprisePageSchema, factSubjects, listEnterprisesInput, usccParams } from './enterprises.contracts.ts';
import { exportEnterprises } from './export-enterprises.ts';
import { getEnterprise } from './get-enterprise.ts';
import { listEnterprises } from './list-enterprises.ts';
import { registerUsccException } from './register-uscc-exception.ts';
import { updateEnterpriseFacts } from './update-enterprise-facts.ts';

const tags = ['enterprises'];

export function registerEnterpriseRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/enterprises',
    { config: { permission: 'registry.read' }, schema: { tags, summary: '企业名册 / Enterprise registry', querystring: listEnterprisesInput, response: { 200: enterprisePageSchema } } },
    (request) => run(listEnterprises, request.query, request),
  );
  http.get(
    '/api/enterprises/export',
    {
      config: { permission: 'registry.read' },
      schema: { tags, summary: '导出名册（Excel）/ Export the filtered registry (.xlsx)', querystring: listEnterprisesInput.omit({ page: true, pageSize: true }) },
    },
    async (request, reply) => {
      return sendWorkbook(reply, await run(exportEnterprises, request.query, request), { ascii: 'enterprises.xlsx', chinese: '企业名册.xlsx' });
    },
  );
  http.get(
    '/api/enterprises/:uscc',
    { config: { permission: 'registry.read' }, schema: { tags, summary: '一企一档 / Enterprise record', params: usccParams, response: { 200: enterpriseDetailSchema } } },
    (request) => run(getEnterprise, request.params, request),
  );
  http.patch(
    '/api/enterprises/:uscc',
    {
      config: { permission: 'registry.write' },
      schema: {
        tags,
        summary: '修改企业数据 / Edit an enterprise’s facts',
        params: usccParams,
        body: z.object({ subject: z.enum(factSubjects), record: z.record(z.string(), z.unknown()) }),
        response: { 200: z.object({ status: z.string(), changes: z.array(z.object({ field: z.string(), oldValue: z.unknown(), newValue: z.unknown() })) }) },
      },
    },
    async (request) => {
      const outcome = await run(updateEnterpriseFacts, { uscc: request.params.uscc, ...request.body }, request);
      return { status: outcome.status, changes: outcome.changes };
    },
  );
  http.post(
    '/api/enterprises/uscc-exceptions',
    {
      config: { permission: 'registry.write' },
      schema: {
        tags,
        summary: '登记信用代码校验位例外 / Accept a pilot-era USCC',
        body: z.object({ uscc: z.string().max(40), name: z.string().min(2).max(200), reason: z.string().max(1000) }),
        response: { 201: z.object({ enterpriseId: z.string(), uscc: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await run(registerUsccException, request.body, request)),
  );
}
