import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { claimDemand } from './claim-demand.ts';
import {
  acceptReferralInput,
  decideClaimInput,
  equitySeekerSchema,
  roadshowInput,
  roadshowOutcomeInput,
  roadshowViewSchema,
  demandKinds,
  institutionRegistrySchema,
  demandIdParams,
  demandPageSchema,
  demandViewSchema,
  listDemandsInput,
  listProductsInput,
  matchSchema,
  postDemandInput,
  productInput,
  productPageSchema,
  productViewSchema,
  rateInput,
  serviceDeadlineSettingsInput,
  serviceDeadlinesViewSchema,
  type DemandAudience,
} from './financing.contracts.ts';
import { acceptReferral, rateInstitution, withdrawDemand } from './follow-up-demand.ts';
import { getDemand } from './get-demand.ts';
import { decideClaim, recordContact } from './handle-claim.ts';
import { listDemands } from './list-demands.ts';
import { exportEquitySeekers, listEquitySeekers } from './list-equity-seekers.ts';
import { expressEquityInterest } from './express-equity-interest.ts';
import { createRoadshow, listRoadshows, recordRoadshowOutcome, registerForRoadshow } from './manage-roadshows.ts';
import { sendWorkbook } from '../../platform/http/send-workbook.ts';
import { listInstitutions } from './list-institutions.ts';
import { institutionTypes, type OrganisationType } from '../organisations/organisations.contracts.ts';
import { listProducts } from './list-products.ts';
import { matchProductsForDemand } from './match-demand.ts';
import { postDemand } from './post-demand.ts';
import { saveProduct } from './save-product.ts';
import { getServiceDeadlines, updateServiceDeadlines } from './manage-service-deadlines.ts';

const tags = ['financing'];
const roadshowIdParams = z.object({ roadshowId: z.string().min(1).max(60) });
const audiences: Array<{ audience: DemandAudience; prefix: string; permission: 'financing.demand' | 'financing.handle' | 'financing.supervise'; summary: string }> = [
  { audience: 'enterprise', prefix: '/api/financing/my-demands', permission: 'financing.demand', summary: '我的融资需求 / My demands' },
  { audience: 'institution', prefix: '/api/financing/inbox', permission: 'financing.handle', summary: '机构待办需求 / Demands for my institution' },
  { audience: 'overseer', prefix: '/api/financing/demands', permission: 'financing.supervise', summary: '全部融资需求 / All demands in scope' },
];

export function registerFinancingRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/institutions',
    { config: { permission: 'public' }, schema: { tags, summary: '金融机构名录 / Institution registry', querystring: z.object({ type: z.enum(institutionTypes as [OrganisationType, ...OrganisationType[]]).optional() }), response: { 200: institutionRegistrySchema } } },
    (request) => run(listInstitutions, request.query, request),
  );
  http.get('/api/products', { config: { permission: 'public' }, schema: { tags, summary: '产品目录 / Product catalogue', querystring: listProductsInput, response: { 200: productPageSchema } } }, (request) =>
    run(listProducts, request.query, request),
  );
  http.get('/api/products/mine', { config: { permission: 'products.manage' }, schema: { tags, summary: '本机构产品 / My institution’s products', querystring: listProductsInput, response: { 200: productPageSchema } } }, (request) =>
    run(listProducts, { ...request.query, isOwnOnly: true }, request),
  );
  http.post('/api/products', { config: { permission: 'products.manage' }, schema: { tags, summary: '新增产品 / Add a product', body: productInput, response: { 201: productViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await run(saveProduct, request.body, request)),
  );
  http.put(
    '/api/products/:productId',
    { config: { permission: 'products.manage' }, schema: { tags, summary: '修改产品 / Edit a product', params: z.object({ productId: z.string().min(1).max(60) }), body: productInput, response: { 200: productViewSchema } } },
    (request) => run(saveProduct, { ...request.body, productId: request.params.productId }, request),
  );

  http.post(
    '/api/financing/matches',
    { config: { permission: 'financing.demand' }, schema: { tags, summary: '产品匹配 / Match products', body: z.object({ kind: z.enum(demandKinds), amountFen: z.number().int().min(1), termMonths: z.number().int().nullable().default(null), maxRateBp: z.number().int().nullable().default(null) }), response: { 200: z.array(matchSchema) } } },
    (request) => run(matchProductsForDemand, request.body, request),
  );
  http.post(
    '/api/financing/my-demands',
    { config: { permission: 'financing.demand' }, schema: { tags, summary: '发布融资需求 / Post a demand', body: postDemandInput, response: { 201: z.object({ demandId: z.string(), matches: z.array(matchSchema) }) } } },
    async (request, reply) => reply.status(201).send(await run(postDemand, request.body, request)),
  );
  for (const { audience, prefix, permission, summary } of audiences) {
    http.get(prefix, { config: { permission }, schema: { tags, summary, querystring: listDemandsInput, response: { 200: demandPageSchema } } }, (request) => run(listDemands, { ...request.query, audience }, request));
    http.get(`${prefix}/:demandId`, { config: { permission }, schema: { tags, summary, params: demandIdParams, response: { 200: demandViewSchema } } }, (request) => run(getDemand, { demandId: request.params.demandId, audience }, request));
  }
  const demandPost = <Body extends z.ZodType>(path: string, permission: 'financing.demand' | 'financing.handle', summary: string, body: Body | undefined, handler: (demandId: string, body: z.infer<Body>, request: Parameters<RouteContext['run']>[2]) => Promise<unknown>) =>
    http.post(path, { config: { permission }, schema: { tags, summary, params: demandIdParams, ...(body ? { body } : {}) } }, (request) => handler((request.params as { demandId: string }).demandId, request.body as z.infer<Body>, request));
  demandPost('/api/financing/my-demands/:demandId/withdraw', 'financing.demand', '撤回需求 / Withdraw', undefined, (demandId, _body, request) => run(withdrawDemand, { demandId }, request));
  demandPost('/api/financing/my-demands/:demandId/referral', 'financing.demand', '接受转介 / Accept a referral', acceptReferralInput, (demandId, body, request) => run(acceptReferral, { demandId, ...body }, request));
  demandPost('/api/financing/my-demands/:demandId/rating', 'financing.demand', '评价机构 / Rate an institution', rateInput, (demandId, body, request) => run(rateInstitution, { demandId, ...body }, request));
  demandPost('/api/financing/inbox/:demandId/claim', 'financing.handle', '接单 / Claim', undefined, (demandId, _body, request) => run(claimDemand, { demandId }, request));
  demandPost('/api/financing/inbox/:demandId/contact', 'financing.handle', '记录首次对接 / Record contact', z.object({ note: z.string().max(500).optional() }), (demandId, body, request) => run(recordContact, { demandId, ...body }, request));
  demandPost('/api/financing/inbox/:demandId/interest', 'financing.handle', '投资意向 / Express interest (equity)', z.object({ note: z.string().max(500).optional() }), (demandId, body, request) => run(expressEquityInterest, { demandId, ...body }, request));
  http.get('/api/financing/service-deadlines', { config: { permission: 'financing.supervise' }, schema: { tags, summary: '服务时限 / Service deadlines in force and the platform defaults', response: { 200: serviceDeadlinesViewSchema } } }, (request) =>
    run(getServiceDeadlines, {}, request),
  );
  http.put('/api/financing/service-deadlines', { config: { permission: 'financing.configure' }, schema: { tags, summary: '设置平台默认服务时限 / Set the platform default deadlines', body: serviceDeadlineSettingsInput, response: { 200: serviceDeadlinesViewSchema } } }, (request) =>
    run(updateServiceDeadlines, request.body, request),
  );
  http.get('/api/financing/equity-seekers', { config: { permission: 'financing.supervise' }, schema: { tags, summary: '股权融资企业清单 / Enterprises seeking equity', response: { 200: z.array(equitySeekerSchema) } } }, (request) => run(listEquitySeekers, {}, request));
  http.get('/api/financing/equity-seekers/export', { config: { permission: 'financing.supervise' }, schema: { tags, summary: '导出股权融资企业清单 / Export (.xlsx)' } }, async (request, reply) =>
    sendWorkbook(reply, await run(exportEquitySeekers, {}, request), { ascii: 'equity-seekers.xlsx', chinese: '股权融资企业清单.xlsx' }),
  );
  http.get('/api/roadshows', { config: { permission: 'session' }, schema: { tags, summary: '路演（监管看全部报名，其他用户只看本机构的） / Roadshows (overseers see every registration, others only their own)', response: { 200: z.array(roadshowViewSchema) } } }, (request) => run(listRoadshows, {}, request));
  http.post('/api/roadshows', { config: { permission: 'financing.supervise' }, schema: { tags, summary: '新建路演 / Schedule a roadshow', body: roadshowInput, response: { 201: roadshowViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await run(createRoadshow, request.body, request)),
  );
  http.post('/api/roadshows/:roadshowId/presenters', { config: { permission: 'financing.demand' }, schema: { tags, summary: '企业报名路演 / An enterprise registers to present', params: roadshowIdParams } }, (request) =>
    run(registerForRoadshow, { ...request.params, role: 'presenter' }, request),
  );
  http.post('/api/roadshows/:roadshowId/investors', { config: { permission: 'financing.handle' }, schema: { tags, summary: '投资机构报名路演 / An investor registers to attend', params: roadshowIdParams } }, (request) =>
    run(registerForRoadshow, { ...request.params, role: 'investor' }, request),
  );
  http.post('/api/roadshows/:roadshowId/outcome', { config: { permission: 'financing.supervise' }, schema: { tags, summary: '路演结果 / Record attendance and outcomes', params: roadshowIdParams, body: roadshowOutcomeInput, response: { 200: roadshowViewSchema } } }, (request) =>
    run(recordRoadshowOutcome, { ...request.params, ...request.body }, request),
  );
  demandPost('/api/financing/inbox/:demandId/decision', 'financing.handle', '审批结果 / Decide', decideClaimInput, (demandId, body, request) => run(decideClaim, { demandId, ...body }, request));
}
