import { Col, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { calendarApi, type CalendarDayStatus } from '../../api/calendar-api.ts';
import type { CalendarYearSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { CalendarImport } from './calendar-import.tsx';

const kindColours: Record<string, string> = { holiday: 'red', adjusted_workday: 'orange', workday: 'default', weekend: 'default' };

/** 工作日历: the years loaded (with their notice and source), one year's holidays and 调休 workdays, and an import. */
export function CalendarPage() {
  const { t } = useI18n();
  const years = useApi(() => calendarApi.years(), []);
  const [chosenYear, setChosenYear] = useState<number | undefined>(undefined);
  const thisYear = new Date().getFullYear();
  const year = chosenYear ?? years.data?.items.find((item) => item.year === thisYear)?.year ?? years.data?.items.at(-1)?.year;
  const days = useApi(() => (year ? calendarApi.days(year) : Promise.resolve(undefined)), [year]);
  const kindName = (kind: string) => t(`calendar.kind.${kind}` as MessageKey);

  const yearColumns: TableColumnsType<CalendarYearSummary> = [
    { title: t('calendar.year'), dataIndex: 'year', width: 80 },
    {
      title: t('calendar.notice'),
      key: 'notice',
      render: (_, item) => (
        <>
          {item.notice.url ? (
            <a href={item.notice.url} target="_blank" rel="noreferrer">
              {item.notice.title}
            </a>
          ) : (
            item.notice.title
          )}
          {item.notice.number ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {item.notice.number}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('calendar.source'), key: 'source', width: 200, render: (_, item) => <><Tag>{t(`calendar.source.${item.sourceKind}`)}</Tag>{item.source}</> },
    { title: t('calendar.holidays'), dataIndex: 'holidayCount', width: 90, align: 'right' },
    { title: t('calendar.adjusted'), dataIndex: 'adjustedWorkdayCount', width: 90, align: 'right' },
    { title: t('calendar.loadedAt'), dataIndex: 'loadedAt', width: 160, render: (value: string) => formatDateTime(value).slice(0, 16) },
  ];
  const dayColumns: TableColumnsType<CalendarDayStatus> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 120 },
    { title: t('calendar.dayKind'), dataIndex: 'kind', width: 110, render: (kind: string) => <Tag color={kindColours[kind]}>{kindName(kind)}</Tag> },
    { title: t('calendar.festival'), dataIndex: 'name', render: (name: string | null) => name ?? '—' },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('calendar.title')}
      </Typography.Title>
      <CalendarImport
        onImported={(result) => {
          years.reload();
          setChosenYear(result.year.year);
        }}
      />
      <ErrorAlert error={years.error ?? days.error} />
      <Row gutter={24}>
        <Col xs={24} xl={15}>
          <Typography.Title level={5}>{t('calendar.years')}</Typography.Title>
          <Table<CalendarYearSummary>
            rowKey="year"
            size="small"
            columns={yearColumns}
            dataSource={[...(years.data?.items ?? [])].reverse()}
            loading={years.isLoading}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            onRow={(item) => ({ onClick: () => setChosenYear(item.year), style: { cursor: 'pointer', background: item.year === year ? 'rgba(11,92,173,0.06)' : undefined } })}
            data-testid="calendar-years"
          />
        </Col>
        <Col xs={24} xl={9}>
          <Typography.Title level={5}>{year ? t('calendar.days', { year }) : ''}</Typography.Title>
          <Table<CalendarDayStatus> rowKey="date" size="small" columns={dayColumns} dataSource={days.data?.days ?? []} loading={days.isLoading} pagination={false} scroll={{ y: 560 }} data-testid="calendar-days" />
        </Col>
      </Row>
    </>
  );
}
