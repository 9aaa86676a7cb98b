import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { sendWorkbook } from '../../platform/http/send-workbook.ts';
import { usccParams } from '../enterprises/enterprises.contracts.ts';
import {
  decideProposalInput,
  enterpriseCultivationSchema,
  listMembersInput,
  listProposalsInput,
  memberPageSchema,
  proposalPageSchema,
  proposalViewSchema,
  tierSetViewSchema,
} from './cultivation.contracts.ts';
import { decideTierProposal } from './decide-tier-proposal.ts';
import { exportTierMembers } from './export-tier-members.ts';
import { getEnterpriseCultivation } from './get-enterprise-cultivation.ts';
import { getTierSet, listTierMembers } from './list-tier-members.ts';
import { listTierProposals } from './list-tier-proposals.ts';

const tags = ['cultivation'];

export function registerCultivationRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/cultivation/tiers',
    { config: { permission: 'cultivation.read' }, schema: { tags, summary: '培育库分层 / Cultivation tiers', response: { 200: tierSetViewSchema } } },
    (request) => run(getTierSet, {}, request),
  );
  http.get(
    '/api/cultivation/members',
    { config: { permission: 'cultivation.read' }, schema: { tags, summary: '在库企业 / Members', querystring: listMembersInput, response: { 200: memberPageSchema } } },
    (request) => run(listTierMembers, request.query, request),
  );
  http.get(
    '/api/cultivation/members/export',
    { config: { permission: 'cultivation.read' }, schema: { tags, summary: '导出在库企业（Excel）/ Export members (.xlsx)', querystring: listMembersInput.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      return sendWorkbook(reply, await run(exportTierMembers, request.query, request), { ascii: 'cultivation.xlsx', chinese: '培育库.xlsx' });
    },
  );
  http.get(
    '/api/cultivation/proposals',
    { config: { permission: 'cultivation.read' }, schema: { tags, summary: '调整建议 / Tier proposals', querystring: listProposalsInput, response: { 200: proposalPageSchema } } },
    (request) => run(listTierProposals, request.query, request),
  );
  http.post(
    '/api/cultivation/proposals/:proposalId/decision',
    {
      config: { permission: 'cultivation.decide' },
      schema: {
        tags,
        summary: '审核调整建议 / Decide a proposal',
        params: z.object({ proposalId: z.string().min(1).max(60) }),
        body: decideProposalInput.omit({ proposalId: true }),
        response: { 200: proposalViewSchema },
      },
    },
    (request) => run(decideTierProposal, { ...request.body, proposalId: request.params.proposalId }, request),
  );
  http.get(
    '/api/enterprises/:uscc/cultivation',
    { config: { permission: 'evaluation.read' }, schema: { tags, summary: '企业培育库记录 / An enterprise’s tier and history', params: usccParams, response: { 200: enterpriseCultivationSchema } } },
    (request) => run(getEnterpriseCultivation, request.params, request),
  );
}
