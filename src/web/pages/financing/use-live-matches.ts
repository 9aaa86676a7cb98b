import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi, type MatchQuery } from '../../api/financing-api.ts';
import type { ProductMatch } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';

const settleMs = 400;

/** Asks for matching products once the typed demand settles; a late answer to an older query is ignored. */
export function useLiveMatches(query: MatchQuery | undefined): { matches: ProductMatch[] | undefined; isLoading: boolean; error: ApiError | undefined } {
  const [matches, setMatches] = useState<ProductMatch[] | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isLoading, setIsLoading] = useState(false);
  const key = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (!query) return;
    let isCurrent = true;
    setIsLoading(true);
    const timer = window.setTimeout(() => {
      demandsApi.matches(query).then(
        (result) => {
          if (!isCurrent) return;
          setMatches([...result].sort((a, b) => Number(b.isEligible) - Number(a.isEligible)));
          setError(undefined);
          setIsLoading(false);
        },
        (failure: unknown) => {
          if (!isCurrent) return;
          setError(asApiError(failure));
          setIsLoading(false);
        },
      );
    }, settleMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
    // The serialised query stands for the query itself.
  }, [key]);
  return { matches: query ? matches : undefined, isLoading, error };
}
