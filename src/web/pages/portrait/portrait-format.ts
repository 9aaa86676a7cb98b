import type { ProposalView, StoredResult } from '../../api/types.ts';

/** A score as shown: "76", or a range "58–70" while an expert still has to narrow it; "—" when none. */
export function formatTotal(low: number | null, high: number | null): string {
  if (low === null && high === null) return '—';
  if (low === null || high === null || low === high) return String(low ?? high);
  return `${low}–${high}`;
}

/** An indicator's points: exact, a range, or nothing. */
export function formatPoints(points: number | undefined, range: [number, number] | undefined): string {
  if (points !== undefined) return String(points);
  if (range) return formatTotal(range[0], range[1]);
  return '';
}

export const resultStatusColours: Record<StoredResult['status'], string> = {
  pass: 'green',
  fail: 'red',
  manual_review: 'orange',
};

export const proposalStatusColours: Record<ProposalView['status'], string> = {
  pending: 'blue',
  approved: 'green',
  overridden: 'orange',
  superseded: 'gray',
};
