import { yearOf } from './calendar-date-math.ts';

/** How far the loaded calendar reaches from today, so an administrator imports the next notice in time. */
export interface CalendarCoverage {
  today: string;
  /** The last day of the run of loaded years that starts with today's year; null when today's year is not loaded. */
  coveredUntil: string | null;
  /** Calendar days from today to `coveredUntil`. */
  daysLeft: number | null;
  /** The year whose notice is needed next. */
  nextYearNeeded: number;
  /**
   * ok: more than `warningDays` left; ending: within them (deadlines late in the year will soon
   * reach into the next one); not_covered: today's own year is not loaded, so no deadline can be set.
   */
  state: 'ok' | 'ending' | 'not_covered';
}

/**
 * The State Council General Office publishes the next year's holiday notice in the autumn
 * (October–November); from 1 November (60 days before the year's end) the page asks for it.
 */
export const coverageWarningDays = 60;

export function calendarCoverage(coveredYears: readonly number[], today: string, warningDays = coverageWarningDays): CalendarCoverage {
  const covered = new Set(coveredYears);
  const thisYear = yearOf(today);
  if (!covered.has(thisYear)) return { today, coveredUntil: null, daysLeft: null, nextYearNeeded: thisYear, state: 'not_covered' };
  let lastYear = thisYear;
  while (covered.has(lastYear + 1)) lastYear += 1;
  const coveredUntil = `${lastYear}-12-31`;
  const daysLeft = Math.round((Date.parse(`${coveredUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return { today, coveredUntil, daysLeft, nextYearNeeded: lastYear + 1, state: daysLeft <= warningDays ? 'ending' : 'ok' };
}
