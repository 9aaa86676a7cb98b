import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { usccParams } from '../enterprises/enterprises.contracts.ts';
import { accessLogPageSchema, consentIdParams, consentedViewSchema, consentViewSchema, grantConsentInput, pageInput } from './consent.contracts.ts';
import { grantConsent, listConsentsToInstitution, listOwnConsents, revokeConsent } from './manage-consents.ts';
import { listDataAccess, viewConsentedEnterprise } from './view-consented-enterprise.ts';

const tags = ['consent'];

export function registerConsentRoutes({ http, run }: RouteContext): void {
  http.get('/api/consents', { config: { permission: 'consent.manage' }, schema: { tags, summary: '我的授权 / My consents', response: { 200: z.array(consentViewSchema) } } }, (request) => run(listOwnConsents, {}, request));
  http.post('/api/consents', { config: { permission: 'consent.manage' }, schema: { tags, summary: '授权机构查阅 / Grant a consent', body: grantConsentInput, response: { 201: consentViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await run(grantConsent, request.body, request)),
  );
  http.post('/api/consents/:consentId/revoke', { config: { permission: 'consent.manage' }, schema: { tags, summary: '撤销授权 / Revoke', params: consentIdParams, response: { 200: consentViewSchema } } }, (request) =>
    run(revokeConsent, request.params, request),
  );
  http.get('/api/consents/access-log', { config: { permission: 'consent.manage' }, schema: { tags, summary: '谁查看了我的数据 / Who looked at my data', querystring: pageInput, response: { 200: accessLogPageSchema } } }, (request) =>
    run(listDataAccess, request.query, request),
  );
  http.get('/api/consents/granted-to-me', { config: { permission: 'financing.handle' }, schema: { tags, summary: '企业对本机构的授权 / Consents to my institution', response: { 200: z.array(consentViewSchema) } } }, (request) =>
    run(listConsentsToInstitution, {}, request),
  );
  http.get('/api/consented-enterprises/:uscc', { config: { permission: 'financing.handle' }, schema: { tags, summary: '按授权查阅企业数据 / Read an enterprise’s data under consent', params: usccParams, response: { 200: consentedViewSchema } } }, (request) =>
    run(viewConsentedEnterprise, request.params, request),
  );
}
