import { api, apiDownload, apiRequest } from './api-client.ts';
import type { DecideClaimInput, DemandKind, DemandSummary, DemandView, InstitutionProfileInput, InstitutionRegistry, Page, PostDemandInput, ProductInput, ProductMatch, ProductView, ServiceDeadlineSettingsInput, ServiceDeadlinesView, EquitySeeker, RoadshowInput, RoadshowOutcomeInput, RoadshowView } from './types.ts';

/** Who is looking at demands: the enterprise at its own, an institution at its work, an overseer at its scope. */
export type DemandAudience = 'enterprise' | 'institution' | 'overseer';
export type DemandBand = 'waiting' | 'handling' | 'financed' | 'not_financed' | 'closed';

const audiencePrefix: Record<DemandAudience, string> = {
  enterprise: '/api/financing/my-demands',
  institution: '/api/financing/inbox',
  overseer: '/api/financing/demands',
};

export interface DemandQuery {
  band?: DemandBand;
  status?: number;
  page: number;
  pageSize: number;
}

export interface ProductQuery {
  demandKind?: DemandKind;
  productType?: string;
  institutionCode?: string;
  page: number;
  pageSize: number;
}

export interface MatchQuery {
  kind: DemandKind;
  amountFen: number;
  termMonths: number | null;
  maxRateBp: number | null;
}

export type ApprovalInput = Extract<DecideClaimInput, { decision: 'approve' }>;
export type DeclineInput = Extract<DecideClaimInput, { decision: 'decline' }>;

const demandPath = (audience: DemandAudience, demandId: string, action?: string) => `${audiencePrefix[audience]}/${encodeURIComponent(demandId)}${action ? `/${action}` : ''}`;

export const productsApi = {
  catalogue: (query: ProductQuery) => api.get<Page<ProductView>>('/api/products', { ...query }),
  mine: (query: ProductQuery) => api.get<Page<ProductView>>('/api/products/mine', { ...query }),
  create: (input: ProductInput) => api.post<ProductView>('/api/products', input),
  update: (productId: string, input: ProductInput) => apiRequest<ProductView>('PUT', `/api/products/${encodeURIComponent(productId)}`, { body: input }),
};

export const institutionsApi = {
  registry: () => api.get<InstitutionRegistry>('/api/institutions'),
  saveProfile: (code: string, input: InstitutionProfileInput) => apiRequest<unknown>('PUT', `/api/institutions/${encodeURIComponent(code)}/profile`, { body: input }),
};

export const demandsApi = {
  list: (audience: DemandAudience, query: DemandQuery) => api.get<Page<DemandSummary>>(audiencePrefix[audience], { ...query }),
  get: (audience: DemandAudience, demandId: string) => api.get<DemandView>(demandPath(audience, demandId)),
  matches: (query: MatchQuery) => api.post<ProductMatch[]>('/api/financing/matches', query),
  post: (input: PostDemandInput) => api.post<{ demandId: string; matches: ProductMatch[] }>('/api/financing/my-demands', input),
  withdraw: (demandId: string) => api.post<unknown>(demandPath('enterprise', demandId, 'withdraw')),
  acceptReferral: (demandId: string, institutionCodes: string[]) => api.post<unknown>(demandPath('enterprise', demandId, 'referral'), { institutionCodes }),
  rate: (demandId: string, rating: { institutionCode: string; stars: number; comment?: string }) => api.post<unknown>(demandPath('enterprise', demandId, 'rating'), rating),
  claim: (demandId: string) => api.post<unknown>(demandPath('institution', demandId, 'claim')),
  recordContact: (demandId: string, note?: string) => api.post<unknown>(demandPath('institution', demandId, 'contact'), { note }),
  decide: (demandId: string, decision: DecideClaimInput) => api.post<unknown>(demandPath('institution', demandId, 'decision'), decision),
};

/** 服务时限: the terms in force and the platform defaults; an administrator sets the defaults. */
export const serviceDeadlinesApi = {
  get: () => api.get<ServiceDeadlinesView>('/api/financing/service-deadlines'),
  set: (input: ServiceDeadlineSettingsInput) => api.put<ServiceDeadlinesView>('/api/financing/service-deadlines', input),
};

/** 股权融资与路演: the enterprises seeking equity (overseers), an investor's interest, roadshows and their registrations. */
export const equityApi = {
  seekers: () => api.get<EquitySeeker[]>('/api/financing/equity-seekers'),
  exportSeekers: () => apiDownload('/api/financing/equity-seekers/export', {}, 'equity-seekers.xlsx'),
  expressInterest: (demandId: string, note?: string) => api.post<unknown>(demandPath('institution', demandId, 'interest'), { note }),
  roadshows: () => api.get<RoadshowView[]>('/api/roadshows'),
  createRoadshow: (input: RoadshowInput) => api.post<RoadshowView>('/api/roadshows', input),
  register: (roadshowId: string, role: 'presenter' | 'investor') => api.post<unknown>(`/api/roadshows/${encodeURIComponent(roadshowId)}/${role === 'presenter' ? 'presenters' : 'investors'}`),
  recordOutcome: (roadshowId: string, input: RoadshowOutcomeInput) => api.post<RoadshowView>(`/api/roadshows/${encodeURIComponent(roadshowId)}/outcome`, input),
};
