import { api, apiDownload } from './api-client.ts';
import type { EnterpriseCultivation, MemberView, Page, ProposalView, TierSetView } from './types.ts';

export type ProposalStatus = ProposalView['status'];

/** The members list's filters; the same ones narrow the Excel export. */
export interface MemberFilters {
  tierCode?: string;
  districtCode?: string;
}

export interface ProposalQuery {
  status: ProposalStatus;
  districtCode?: string;
  page: number;
  pageSize: number;
}

/** Approve the proposed tier, or override it with another (null: leave the database) and a reason. */
export type ProposalDecision = { decision: 'approve' } | { decision: 'override'; tierCode: string | null; reason: string };

export const cultivationApi = {
  tiers: () => api.get<TierSetView>('/api/cultivation/tiers'),
  members: (query: MemberFilters & { page: number; pageSize: number }) => api.get<Page<MemberView>>('/api/cultivation/members', { ...query }),
  exportMembers: (filters: MemberFilters) => apiDownload('/api/cultivation/members/export', { ...filters }, 'cultivation.xlsx'),
  proposals: (query: ProposalQuery) => api.get<Page<ProposalView>>('/api/cultivation/proposals', { ...query }),
  decide: (proposalId: string, decision: ProposalDecision) => api.post<ProposalView>(`/api/cultivation/proposals/${encodeURIComponent(proposalId)}/decision`, decision),
  ofEnterprise: (uscc: string) => api.get<EnterpriseCultivation>(`/api/enterprises/${encodeURIComponent(uscc)}/cultivation`),
};
