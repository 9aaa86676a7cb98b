import type { ImportKind } from './imports.contracts.ts';
import type { ImportLimits } from './import-limits.ts';
import { prepareImport, type PreparedImport } from './prepare-import.ts';

/**
 * The last file prepared in this process, kept for the next step of the same import: upload,
 * validation and commit each need the file's rows, and reading a 100,000-row file takes seconds.
 * Preparing is a pure function of the bytes (named by their SHA-256), the kind, the file name and the
 * limits, so an entry is used only when all four match; anything else, another process included,
 * reads the stored file again. One entry only: memory stays bounded whatever the server does.
 * A prepared import is shared: callers read it and never change it.
 */
interface CacheEntry {
  key: string;
  prepared: PreparedImport;
}

let last: CacheEntry | undefined;

function cacheKey(kind: ImportKind, fileSha256: string, fileName: string, limits: ImportLimits): string {
  return JSON.stringify([kind, fileSha256, fileName, limits.maxRows, limits.maxFileBytes, limits.maxUnpackedBytes, limits.maxZipEntries]);
}

/** The prepared file, from the cache when the same file was prepared last; `readContent` is called only on a miss. */
export async function prepareImportOnce(
  file: { kind: ImportKind; fileSha256: string; fileName: string },
  limits: ImportLimits,
  readContent: () => Promise<Buffer>,
): Promise<PreparedImport> {
  const key = cacheKey(file.kind, file.fileSha256, file.fileName, limits);
  if (last?.key === key) return last.prepared;
  const prepared = await prepareImport(file.kind, await readContent(), file.fileName, limits);
  last = { key, prepared };
  return prepared;
}

/** Drops the entry of a file that is no longer needed (its import was committed). */
export function forgetPreparedImport(fileSha256: string): void {
  if (last?.key.includes(`"${fileSha256}"`)) last = undefined;
}
