import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { AddWorkingDaysInput, AddWorkingDaysResult } from './calendar.contracts.ts';
import { workingDayDeadline } from './calendar-lookup.ts';
import { assertIsoDate, assertWorkingDayCount, formatShanghaiDeadline } from './working-days.ts';

/** N working days after an event on `date`: the due date and the deadline 23:59:59 Asia/Shanghai that day. */
export const computeWorkingDayDeadline: UseCase<AddWorkingDaysInput, AddWorkingDaysResult> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  assertIsoDate(input.date);
  assertWorkingDayCount(input.n);
  // Noon in Shanghai: an instant that is unmistakably on the given day.
  const result = await workingDayDeadline(ctx.tx, new Date(`${input.date}T12:00:00+08:00`), input.n);
  return {
    eventDate: result.eventDate,
    n: result.n,
    dueDate: result.dueDate,
    deadline: formatShanghaiDeadline(result.dueDate),
    deadlineUtc: result.deadline.toISOString(),
    skipped: result.skipped,
  };
};
