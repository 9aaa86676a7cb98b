import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { updateInstitutionProfile } from './update-institution-profile.ts';
import { createOrganisationInput, institutionProfileInput, listOrganisationsInput, organisationPageSchema, organisationSchema } from './organisations.contracts.ts';
import { createOrganisation } from './create-organisation.ts';
import { listOrganisations } from './list-organisations.ts';

export function registerOrganisationRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/organisations',
    {
      config: { permission: 'organisations.read' },
      schema: { tags: ['organisations'], summary: '机构列表 / List organisations', querystring: listOrganisationsInput, response: { 200: organisationPageSchema } },
    },
    (request) => run(listOrganisations, request.query, request),
  );
  http.post(
    '/api/organisations',
    {
      config: { permission: 'organisations.manage' },
      schema: { tags: ['organisations'], summary: '新建机构 / Create an organisation', body: createOrganisationInput, response: { 201: organisationSchema } },
    },
    async (request, reply) => reply.status(201).send(await run(createOrganisation, request.body, request)),
  );
  http.put(
    '/api/institutions/:code/profile',
    {
      config: { permission: 'products.manage' },
      schema: { tags: ['organisations'], summary: '机构科技金融信息 / An institution’s tech-finance profile', params: z.object({ code: z.string().min(1).max(64) }), body: institutionProfileInput },
    },
    (request) => run(updateInstitutionProfile, { ...request.body, code: request.params.code }, request),
  );
}
