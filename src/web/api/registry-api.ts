import { api, apiDownload, apiRequest } from './api-client.ts';
import type { EnterpriseDetail, EnterpriseSummary, ImportDetail, ImportKind, ImportSummary, Page, QualificationKind } from './types.ts';

export type EnterpriseSortField = 'name' | 'uscc' | 'foundedOn' | 'updatedAt';
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

/** The registry list's filters; the same ones narrow the Excel export. */
export interface EnterpriseFilters {
  search?: string;
  districtCode?: string;
  industryCode?: string;
  qualification?: QualificationKind;
  sizeClass?: SizeClass;
  sortBy?: EnterpriseSortField;
  sortOrder?: 'asc' | 'desc';
}

export interface EnterpriseQuery extends EnterpriseFilters {
  page: number;
  pageSize: number;
}

export type FactSubject = 'enterprise' | 'yearly' | 'ip' | 'qualification';

export interface FactEditResult {
  status: 'new' | 'changed' | 'unchanged' | 'rejected';
  changes: Array<{ field: string; oldValue: unknown; newValue: unknown }>;
}

const enterprisePath = (uscc: string) => `/api/enterprises/${encodeURIComponent(uscc)}`;

export const enterprisesApi = {
  list: (query: EnterpriseQuery) => api.get<Page<EnterpriseSummary>>('/api/enterprises', { ...query }),
  get: (uscc: string) => api.get<EnterpriseDetail>(enterprisePath(uscc)),
  /** `record` without the USCC: yearly facts carry their year. */
  update: (uscc: string, subject: FactSubject, record: Record<string, unknown>) => api.patch<FactEditResult>(enterprisePath(uscc), { subject, record }),
  export: (filters: EnterpriseFilters) => apiDownload('/api/enterprises/export', { ...filters }, 'enterprises.xlsx'),
};

export const importsApi = {
  templateUrl: (kind: ImportKind, format: 'xlsx' | 'csv') => `/api/imports/templates/${kind}?format=${format}`,
  upload: (kind: ImportKind, file: File) => apiRequest<ImportDetail>('POST', '/api/imports', { query: { kind, fileName: file.name }, rawBody: file }),
  list: (query: { page: number; pageSize: number }) => api.get<Page<ImportSummary>>('/api/imports', { ...query }),
  get: (id: string) => api.get<ImportDetail>(`/api/imports/${encodeURIComponent(id)}`),
  commit: (id: string, onlyValidRows: boolean) => api.post<ImportDetail>(`/api/imports/${encodeURIComponent(id)}/commit`, { onlyValidRows }),
};
