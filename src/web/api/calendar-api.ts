import { api } from './api-client.ts';
import type { CalendarYearList, CalendarYearSummary, ImportCalendarYearResult } from './types.ts';

export interface CalendarDayStatus {
  date: string;
  isWorkingDay: boolean;
  kind: string;
  name: string | null;
}

export const calendarApi = {
  years: () => api.get<CalendarYearList>('/api/calendar/years'),
  days: (year: number) => api.get<{ year: CalendarYearSummary; days: CalendarDayStatus[] }>('/api/calendar/days', { year }),
  importYear: (fileName: string, text: string) => api.post<ImportCalendarYearResult>('/api/calendar/years', { fileName, text }),
};
