import type { Random } from './seeded-random.ts';

const dayMs = 86_400_000;

export function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** A day drawn evenly from 1 January of the first year to 31 December of the last. */
export function randomDateInYears(random: Random, [firstYear, lastYear]: readonly [number, number]): string {
  const start = Date.UTC(firstYear, 0, 1);
  const days = Math.round((Date.UTC(lastYear + 1, 0, 1) - start) / dayMs);
  return new Date(start + random.integer(0, days - 1) * dayMs).toISOString().slice(0, 10);
}

/** The last day of a validity of `years` years starting on `from` (2023-12-08 + 3 years → 2026-12-07). */
export function lastDayAfterYears(from: string, years: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day) - dayMs).toISOString().slice(0, 10);
}

/** The share of its year a firm founded on `date` was open (the founding day counted). */
export function shareOfYearFrom(date: string): number {
  const year = Number(date.slice(0, 4));
  const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / dayMs;
  const remaining = (Date.UTC(year + 1, 0, 1) - Date.parse(`${date}T00:00:00Z`)) / dayMs;
  return remaining / yearDays;
}
