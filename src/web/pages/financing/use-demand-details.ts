import { useEffect, useState } from 'react';
import { demandsApi, type DemandAudience } from '../../api/financing-api.ts';
import type { DemandSummary, DemandView } from '../../api/types.ts';

/**
 * The full views of the listed demands that need them (claims with deadlines and outcomes), which
 * the list answer leaves out. One request per such row of the page shown; failures leave a row plain.
 */
export function useDemandDetails(audience: DemandAudience, demands: DemandSummary[] | undefined, needsDetail: (demand: DemandSummary) => boolean): ReadonlyMap<string, DemandView> {
  const [details, setDetails] = useState<ReadonlyMap<string, DemandView>>(new Map());
  const wanted = (demands ?? []).filter(needsDetail).map((demand) => `${demand.id}:${demand.status}:${demand.claimCount}`);
  const key = wanted.join(',');
  useEffect(() => {
    let isCurrent = true;
    const ids = wanted.map((entry) => entry.split(':')[0] ?? '');
    void Promise.all(ids.map((id) => demandsApi.get(audience, id).catch(() => undefined))).then((views) => {
      if (!isCurrent) return;
      setDetails(new Map(views.filter((view): view is DemandView => view !== undefined).map((view) => [view.id, view])));
    });
    return () => {
      isCurrent = false;
    };
    // The key lists the rows and the state they were in.
  }, [audience, key]);
  return details;
}
