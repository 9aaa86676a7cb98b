import { useState } from 'react';
import { demandsApi, type DemandAudience, type DemandBand } from '../../api/financing-api.ts';
import type { DemandSummary, Page } from '../../api/types.ts';
import { useApi, type Loaded } from '../../api/use-api.ts';

const pageSize = 20;

/** One page of an audience's demands (each with its claims in brief), optionally of one status band. */
export interface DemandList {
  band: DemandBand | undefined;
  /** Choosing a band goes back to the first page. */
  setBand(band: DemandBand | undefined): void;
  page: number;
  setPage(page: number): void;
  pageSize: number;
  loaded: Loaded<Page<DemandSummary>>;
}

export function useDemandList(audience: DemandAudience): DemandList {
  const [band, setBandState] = useState<DemandBand | undefined>(undefined);
  const [page, setPage] = useState(1);
  const loaded = useApi(() => demandsApi.list(audience, { band, page, pageSize }), [audience, band, page]);
  const setBand = (value: DemandBand | undefined) => {
    setBandState(value);
    setPage(1);
  };
  return { band, setBand, page, setPage, pageSize, loaded };
}
