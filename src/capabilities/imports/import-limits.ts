/**
 * The limits that keep a hostile or oversized file from exhausting the server. Each can be changed
 * with an environment variable; tests pass small limits directly.
 */
export interface ImportLimits {
  /** Size of the uploaded file (KJT_IMPORT_MAX_FILE_MB, default 20). */
  maxFileBytes: number;
  /** Data rows under the header (KJT_IMPORT_MAX_ROWS, default 200,000). */
  maxRows: number;
  /** What an .xlsx may unpack to, declared and real (KJT_IMPORT_MAX_UNPACKED_MB, default 200). */
  maxUnpackedBytes: number;
  /** Parts in an .xlsx archive. */
  maxZipEntries: number;
  /** Above this many rows, validation and commit run as background jobs (KJT_IMPORT_JOB_ROWS, default 5,000). */
  jobThresholdRows: number;
  /** Rejected rows kept on the import for the preview; the totals still count every one. */
  maxStoredRejectedRows: number;
}

const megabyte = 1024 * 1024;

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 20 * megabyte,
  maxRows: 200_000,
  maxUnpackedBytes: 200 * megabyte,
  maxZipEntries: 10_000,
  jobThresholdRows: 5_000,
  maxStoredRejectedRows: 10_000,
};

function positive(value: string | undefined, fallback: number, scale = 1): number {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? Math.floor(parsed * scale) : fallback;
}

export function readImportLimits(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  return {
    ...defaultImportLimits,
    maxFileBytes: positive(env.KJT_IMPORT_MAX_FILE_MB, defaultImportLimits.maxFileBytes, megabyte),
    maxRows: positive(env.KJT_IMPORT_MAX_ROWS, defaultImportLimits.maxRows),
    maxUnpackedBytes: positive(env.KJT_IMPORT_MAX_UNPACKED_MB, defaultImportLimits.maxUnpackedBytes, megabyte),
    jobThresholdRows: positive(env.KJT_IMPORT_JOB_ROWS, defaultImportLimits.jobThresholdRows),
  };
}

/** `20`, `20.5`, or — for a size just over a limit — rounded up, so that "20.01 MB exceeds 20 MB" reads right. */
export function toMegabytes(bytes: number, isRoundingUp = false): string {
  const hundredths = (isRoundingUp ? Math.ceil : Math.round)((bytes / megabyte) * 100);
  return String(hundredths / 100);
}
