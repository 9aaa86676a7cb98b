import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { FactSourceView } from '../../api/types.ts';

export interface Sources {
  byId: Record<string, FactSourceView>;
  /** Sources numbered 1, 2, … in the order they were recorded, the same number everywhere on the page. */
  numberOf(id: string): number | undefined;
}

const SourcesContext = createContext<Sources>({ byId: {}, numberOf: () => undefined });

export function SourcesProvider({ sources, children }: { sources: Record<string, FactSourceView>; children: ReactNode }) {
  const value = useMemo<Sources>(() => {
    const ordered = Object.values(sources).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
    const numbers = new Map(ordered.map((source, index) => [source.id, index + 1]));
    return { byId: sources, numberOf: (id) => numbers.get(id) };
  }, [sources]);
  return <SourcesContext.Provider value={value}>{children}</SourcesContext.Provider>;
}

export function useSources(): Sources {
  return useContext(SourcesContext);
}

/** The distinct sources of some fact rows, in their page order: what a table's legend lists. */
export function sourceIdsOf(rows: ReadonlyArray<{ sources: Record<string, string> }>, sources: Sources): string[] {
  const ids = new Set(rows.flatMap((row) => Object.values(row.sources)));
  return [...ids].sort((a, b) => (sources.numberOf(a) ?? 0) - (sources.numberOf(b) ?? 0));
}
