import { api } from './api-client.ts';
import type { ConsentView, GrantConsentInput, Page } from './types.ts';

export interface AccessLogEntry {
  institution: { code: string; name: string };
  userId: string | null;
  scopes: string[];
  basis: 'consent' | 'demand';
  basisId: string;
  at: string;
}

export const consentApi = {
  mine: () => api.get<ConsentView[]>('/api/consents'),
  grant: (input: GrantConsentInput) => api.post<ConsentView>('/api/consents', input),
  revoke: (consentId: string) => api.post<ConsentView>(`/api/consents/${encodeURIComponent(consentId)}/revoke`),
  accessLog: (query: { page: number; pageSize: number }) => api.get<Page<AccessLogEntry>>('/api/consents/access-log', { ...query }),
};
