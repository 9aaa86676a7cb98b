import type { RouteContext } from '../../app/route-context.ts';
import {
  addWorkingDaysInput,
  addWorkingDaysResultSchema,
  calendarDayListSchema,
  calendarYearListSchema,
  importCalendarYearInput,
  importCalendarYearResultSchema,
  listCalendarDaysInput,
} from './calendar.contracts.ts';
import { computeWorkingDayDeadline } from './compute-working-day-deadline.ts';
import { importCalendarYear } from './import-calendar-year.ts';
import { listCalendarDays } from './list-calendar-days.ts';
import { listCalendarYears } from './list-calendar-years.ts';

const tags = ['calendar'];

export function registerCalendarRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/calendar/years',
    { config: { permission: 'session' }, schema: { tags, summary: '已导入的工作日历年份 / Years the working-day calendar covers', response: { 200: calendarYearListSchema } } },
    (request) => run(listCalendarYears, undefined, request),
  );
  http.post(
    '/api/calendar/years',
    {
      config: { permission: 'calendar.manage' },
      schema: { tags, summary: '导入一年的放假安排通知（替换该年）/ Load a year’s holiday notice, replacing that year', body: importCalendarYearInput, response: { 200: importCalendarYearResultSchema } },
    },
    (request) => run(importCalendarYear, request.body, request),
  );
  http.get(
    '/api/calendar/days',
    {
      config: { permission: 'session' },
      schema: { tags, summary: '某年的放假日与调休上班日 / A year’s holidays and 调休 working days', querystring: listCalendarDaysInput, response: { 200: calendarDayListSchema } },
    },
    (request) => run(listCalendarDays, request.query, request),
  );
  http.get(
    '/api/calendar/add-workdays',
    {
      config: { permission: 'session' },
      schema: {
        tags,
        summary: '某日之后第 N 个工作日及期限（23:59:59 北京时间）/ The Nth working day after a date and its deadline',
        querystring: addWorkingDaysInput,
        response: { 200: addWorkingDaysResultSchema },
      },
    },
    (request) => run(computeWorkingDayDeadline, request.query, request),
  );
}
