import { Alert, Col, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { calendarApi, type CalendarDayStatus } from '../../api/calendar-api.ts';
import type { CalendarYearList, CalendarYearSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { CalendarDayLookup, dayKindColours } from './calendar-day-lookup.tsx';
import { CalendarImport } from './calendar-import.tsx';
import { festivalName } from './festival-names.ts';

/** 工作日历: the years loaded (with their notice and source), a date's status, one year's holidays and 调休 workdays, and an import. */
export function CalendarPage() {
  const { t, language } = useI18n();
  const years = useApi(() => calendarApi.years(), []);
  const [chosenYear, setChosenYear] = useState<number | undefined>(undefined);
  // Bumped by an import, so the lookup reads a year it had found missing again.
  const [version, setVersion] = useState(0);
  const thisYear = new Date().getFullYear();
  const year = chosenYear ?? years.data?.items.find((item) => item.year === thisYear)?.year ?? years.data?.items.at(-1)?.year;
  const days = useApi(() => (year ? calendarApi.days(year) : Promise.resolve(undefined)), [year, version]);
  const lastYear = years.data?.items.at(-1)?.year ?? thisYear;

  const yearColumns: TableColumnsType<CalendarYearSummary> = [
    { title: t('calendar.year'), dataIndex: 'year', width: 72 },
    {
      title: t('calendar.notice'),
      key: 'notice',
      render: (_, item) => (
        <>
          {item.notice.url ? (
            <a href={item.notice.url} target="_blank" rel="noreferrer" onClick={(event) => event.stopPropagation()}>
              {item.notice.title}
            </a>
          ) : (
            item.notice.title
          )}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            <Tag color={item.sourceKind === 'imported' ? 'blue' : undefined} style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 6 }}>
              {t(`calendar.source.${item.sourceKind}`)}
            </Tag>
            {[item.notice.number, item.source].filter(Boolean).join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    { title: t('calendar.holidays'), dataIndex: 'holidayCount', width: 84, align: 'right' },
    { title: t('calendar.adjusted'), dataIndex: 'adjustedWorkdayCount', width: 96, align: 'right' },
    { title: t('calendar.loadedAt'), dataIndex: 'loadedAt', width: 140, render: (value: string) => formatDateTime(value).slice(0, 16) },
  ];
  const dayColumns: TableColumnsType<CalendarDayStatus> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 110 },
    { title: t('calendar.dayKind'), dataIndex: 'kind', width: language === 'en-US' ? 150 : 100, render: (kind: string) => <Tag color={dayKindColours[kind]}>{t(`calendar.kind.${kind}` as MessageKey)}</Tag> },
    { title: t('calendar.festival'), dataIndex: 'name', render: (name: string | null) => (name ? festivalName(name, language) : '—') },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('calendar.title')}
      </Typography.Title>
      <CalendarCoverageAlert coverage={years.data?.coverage} />
      <CalendarImport
        nextYear={lastYear + 1}
        onImported={(result) => {
          years.reload();
          setVersion((count) => count + 1);
          setChosenYear(result.year.year);
        }}
      />
      <ErrorAlert error={years.error ?? days.error} />
      <Row gutter={24}>
        <Col xs={24} xl={14}>
          <Typography.Title level={5}>{t('calendar.years')}</Typography.Title>
          <Table<CalendarYearSummary>
            rowKey="year"
            size="small"
            columns={yearColumns}
            dataSource={[...(years.data?.items ?? [])].reverse()}
            loading={years.isLoading}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            locale={{ emptyText: t('calendar.noYears') }}
            onRow={(item) => ({ onClick: () => setChosenYear(item.year), style: { cursor: 'pointer', background: item.year === year ? 'rgba(11,92,173,0.06)' : undefined } })}
            data-testid="calendar-years"
          />
        </Col>
        <Col xs={24} xl={10}>
          <CalendarDayLookup version={version} />
          <Typography.Title level={5}>{year ? t('calendar.days', { year }) : ''}</Typography.Title>
          <Table<CalendarDayStatus>
            rowKey="date"
            size="small"
            columns={dayColumns}
            dataSource={days.data?.days ?? []}
            loading={days.isLoading}
            pagination={false}
            scroll={{ y: 480 }}
            locale={{ emptyText: t('calendar.noDays') }}
            data-testid="calendar-days"
          />
        </Col>
      </Row>
    </>
  );
}

/** Asks for the next year's notice from 1 November, and says what stops while today's year is missing. */
function CalendarCoverageAlert({ coverage }: { coverage: CalendarYearList['coverage'] | undefined }) {
  const { t } = useI18n();
  if (!coverage || coverage.state === 'ok') return null;
  const message =
    coverage.state === 'ending'
      ? t('calendar.coverage.ending', { until: coverage.coveredUntil ?? '', days: coverage.daysLeft ?? 0, year: coverage.nextYearNeeded })
      : t('calendar.coverage.not_covered', { today: coverage.today, year: coverage.nextYearNeeded });
  return <Alert data-testid="calendar-coverage" type={coverage.state === 'ending' ? 'warning' : 'error'} showIcon title={message} style={{ marginBottom: 16 }} />;
}
