import type { BenchBackend } from './bench-database.ts';

/**
 * One line of the benchmark table: the same rows written by the app's own path and loaded raw into
 * an empty database of the same schema, on one backend.
 */
export interface Measurement {
  entry: string;
  backend: BenchBackend;
  /** What was written, e.g. "100,000 enterprises + 300,000 yearly rows". */
  label: string;
  rows: number;
  appSeconds: number;
  rawSeconds: number;
  /** The ratio app rows/s ÷ raw rows/s the issue asks for (0.5: the app is at least half as fast as a raw load). */
  targetRatio: number;
  /** Where the app's time went (phase → seconds), printed under the table. */
  appPhases?: Record<string, number>;
  /**
   * CPU seconds of this Node.js process (user + system) on each side: on a shared machine wall time
   * includes waiting for other work, and on PostgreSQL it includes the server's own time.
   */
  appCpuSeconds?: number;
  rawCpuSeconds?: number;
}

/** A benchmark entry: writes its data on one backend at a scale (1 = the full size) and measures it. */
export type BenchEntry = (backend: BenchBackend, scale: number) => Promise<Measurement[]>;

export interface Stopwatch {
  /** Wall-clock seconds since the stopwatch started. */
  seconds(): number;
  /** CPU seconds this process used since then. */
  cpuSeconds(): number;
}

export function startStopwatch(): Stopwatch {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return {
    seconds: () => Number(process.hrtime.bigint() - start) / 1e9,
    cpuSeconds: () => {
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1e6;
    },
  };
}

/** Runs `work` and adds its duration to `phases[name]`. */
export async function timed<T>(phases: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const watch = startStopwatch();
  try {
    return await work();
  } finally {
    phases[name] = (phases[name] ?? 0) + watch.seconds();
  }
}

export function rowsPerSecond(rows: number, seconds: number): number {
  return seconds > 0 ? rows / seconds : 0;
}

export function appToRawRatio(measurement: Measurement): number {
  const raw = rowsPerSecond(measurement.rows, measurement.rawSeconds);
  return raw > 0 ? rowsPerSecond(measurement.rows, measurement.appSeconds) / raw : 0;
}
