import { Alert, Card, DatePicker, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { calendarApi, type CalendarDayStatus } from '../../api/calendar-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { weekdayName } from '../../../capabilities/calendar/calendar-date-math.ts';
import { dayStatus, type DayStatus } from '../../../capabilities/calendar/working-days.ts';
import { festivalName } from './festival-names.ts';

export const dayKindColours: Record<string, string> = { holiday: 'red', adjusted_workday: 'orange', workday: 'blue', weekend: 'default' };

/**
 * The status of `date` under the one year's named days the server listed: the calendar's own rule
 * (a named day as the notice says, else Monday to Friday), applied to a year known to be covered.
 */
function statusOf(date: string, days: readonly CalendarDayStatus[]): DayStatus {
  const namedDays = new Map(days.flatMap((day) => (day.name === null ? [] : [[day.date, { isWorkingDay: day.isWorkingDay, name: day.name }] as const])));
  return dayStatus({ coveredYears: new Set([Number(date.slice(0, 4))]), namedDays }, date);
}

/**
 * 查询某日: whether a date is a working day, and why (放假 and its festival, 调休上班, a weekend). A
 * date in a year whose notice is not loaded gets the server's refusal, never a Monday-to-Friday guess.
 * `version` changes after an import, so a looked-up year is read again.
 */
export function CalendarDayLookup({ version }: { version: number }) {
  const { t, pick, language } = useI18n();
  const [date, setDate] = useState<string | undefined>(undefined);
  const year = date === undefined ? undefined : Number(date.slice(0, 4));
  const days = useApi(() => (year === undefined ? Promise.resolve(undefined) : calendarApi.days(year)), [year, version]);
  // An answer for another year (the one looked up before) is not used.
  const loaded = days.isLoading ? undefined : days.data;
  const status = date !== undefined && loaded !== undefined && loaded.year.year === year ? statusOf(date, loaded.days) : undefined;
  return (
    <Card size="small" title={t('calendar.lookup')} style={{ marginBottom: 16 }}>
      <DatePicker value={date ? dayjs(date) : null} onChange={(value) => setDate(value ? value.format('YYYY-MM-DD') : undefined)} placeholder={t('calendar.lookupPlaceholder')} style={{ width: 200 }} data-testid="calendar-lookup-date" />
      <div style={{ marginTop: 12 }} data-testid="calendar-lookup-result">
        {date === undefined ? <Typography.Text type="secondary">{t('calendar.lookupHint')}</Typography.Text> : null}
        {date !== undefined && !days.isLoading && days.error ? (
          days.error.code === 'CALENDAR_YEAR_NOT_COVERED' ? (
            <Alert type="warning" showIcon role="alert" title={t('calendar.yearNotLoaded', { year: year ?? '' })} description={t('common.withNote', { main: t('calendar.yearNotLoadedHint'), note: days.error.code })} />
          ) : (
            <ErrorAlert error={days.error} />
          )
        ) : null}
        {status ? (
          <Space wrap data-kind={status.kind}>
            <Typography.Text strong>
              {status.date} {pick(weekdayName(status.date))}
            </Typography.Text>
            <Tag color={dayKindColours[status.kind]}>{t(`calendar.kind.${status.kind}` as MessageKey)}</Tag>
            {status.name ? <Typography.Text>{festivalName(status.name, language)}</Typography.Text> : null}
            <Typography.Text type="secondary">{t(status.isWorkingDay ? 'calendar.lookupWorking' : 'calendar.lookupOff')}</Typography.Text>
          </Space>
        ) : null}
      </div>
    </Card>
  );
}
