import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { weekdayName } from './calendar-date-math.ts';
import type { CheckWorkingDayInput, CheckWorkingDayResult } from './calendar.contracts.ts';
import { describeDay } from './calendar-lookup.ts';

/** 是否工作日: one day's status and why. */
export const checkWorkingDay: UseCase<CheckWorkingDayInput, CheckWorkingDayResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  const status = await describeDay(ctx.tx, input.date);
  return { ...status, weekday: weekdayName(status.date) };
};
