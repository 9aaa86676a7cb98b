import { api, apiRequest } from './api-client.ts';
import type {
  AuditEntryView,
  ChainVerification,
  ChainVerificationRecord,
  CurrentUser,
  Health,
  Organisation,
  OrganisationType,
  Page,
  PolicyPackDetail,
  PolicyPackSummary,
  Role,
  User,
} from './types.ts';

export const authApi = {
  signIn: (username: string, password: string) => api.post<CurrentUser>('/api/auth/sign-in', { username, password }, { isUnauthenticatedExpected: true }),
  signOut: () => api.post<void>('/api/auth/sign-out', undefined, { isUnauthenticatedExpected: true }),
  // Asked at start-up: a 401 here just means nobody is signed in yet.
  me: () => apiRequest<CurrentUser>('GET', '/api/auth/me', { isUnauthenticatedExpected: true }),
};

export const healthApi = {
  get: () => api.get<Health>('/api/health'),
};

export interface OrganisationQuery {
  type?: OrganisationType;
  search?: string;
  page: number;
  pageSize: number;
}

export interface NewOrganisation {
  code: string;
  name: string;
  nameEn?: string;
  type: OrganisationType;
  parentCode?: string;
  districtCode?: string;
}

export const organisationsApi = {
  list: (query: OrganisationQuery) => api.get<Page<Organisation>>('/api/organisations', { ...query }),
  create: (input: NewOrganisation) => api.post<Organisation>('/api/organisations', input),
};

export interface UserQuery {
  search?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  organisationCode: string;
  role: Role;
  password: string;
}

const userPath = (username: string, action: string) => `/api/users/${encodeURIComponent(username)}/${action}`;

export const usersApi = {
  list: (query: UserQuery) => api.get<Page<User>>('/api/users', { ...query }),
  create: (input: NewUser) => api.post<User>('/api/users', input),
  disable: (username: string) => api.post<User>(userPath(username, 'disable')),
  enable: (username: string) => api.post<User>(userPath(username, 'enable')),
  resetPassword: (username: string, password: string) => api.post<User>(userPath(username, 'reset-password'), { password }),
};

export interface AuditQuery {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditApi = {
  entries: (query: AuditQuery) => api.get<Page<AuditEntryView>>('/api/audit/entries', { ...query }),
  verify: () => api.post<ChainVerification>('/api/audit/verify'),
  verifications: () => api.get<ChainVerificationRecord[]>('/api/audit/verifications'),
};

export const policyPacksApi = {
  list: () => api.get<{ items: PolicyPackSummary[] }>('/api/policy-packs'),
  get: (id: string) => api.get<PolicyPackDetail>(`/api/policy-packs/${encodeURIComponent(id)}`),
};
