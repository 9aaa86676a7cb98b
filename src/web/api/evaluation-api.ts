import { api } from './api-client.ts';
import type { EvaluationRunView, Portrait, RuleSetSummary } from './types.ts';

const enterprisePath = (uscc: string, action: string) => `/api/enterprises/${encodeURIComponent(uscc)}/${action}`;

export const evaluationApi = {
  portrait: (uscc: string) => api.get<Portrait>(enterprisePath(uscc, 'portrait')),
  /** Re-evaluates one enterprise now, against every rule set in force. */
  reevaluate: (uscc: string) => api.post<{ written: number }>(enterprisePath(uscc, 'evaluation')),
  ruleSets: () => api.get<RuleSetSummary[]>('/api/evaluation/rule-sets'),
  /** Starts a re-evaluation of the whole registry as a background run. */
  startRun: () => api.post<EvaluationRunView>('/api/evaluation/runs', {}),
  runs: () => api.get<EvaluationRunView[]>('/api/evaluation/runs'),
  run: (runId: string) => api.get<EvaluationRunView>(`/api/evaluation/runs/${encodeURIComponent(runId)}`),
};
