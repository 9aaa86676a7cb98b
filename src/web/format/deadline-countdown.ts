/** How long is left until a deadline, in whole hours (rounded down), or that it has passed. */
export type Countdown = { isOverdue: false; hours: number; minutes: number } | { isOverdue: true; hours: number };

const msPerMinute = 60_000;

/**
 * The time between now and a deadline. The deadline itself is already counted in working days by
 * the server (service-deadlines.ts), so the time left is plain clock time up to that instant.
 */
export function countdownTo(deadlineIso: string, now: Date): Countdown {
  const minutes = Math.floor((new Date(deadlineIso).getTime() - now.getTime()) / msPerMinute);
  if (minutes < 0) return { isOverdue: true, hours: Math.floor(-minutes / 60) };
  return { isOverdue: false, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
