import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { calendarApi } from '../../api/calendar-api.ts';
import type { ImportCalendarYearResult } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { saveFile } from '../../components/save-file.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { calendarFileExample } from './calendar-file-example.ts';

/** One problem of a refused file, as the server lists them (`line` is null for the file as a whole). */
interface FileProblem {
  line: number | null;
  zh: string;
  en: string;
}

function problemsOf(error: ApiError | undefined): FileProblem[] | undefined {
  const problems = error?.code === 'INVALID_CALENDAR_FILE' ? error.details?.problems : undefined;
  return Array.isArray(problems) ? (problems as FileProblem[]) : undefined;
}

/** 导入放假安排通知: a CSV file (docs/calendar-file-format.md) replaces that year; a refused file lists its problems by line. */
export function CalendarImport({ nextYear, onImported }: { nextYear: number; onImported(result: ImportCalendarYearResult): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isImporting, setIsImporting] = useState(false);
  const upload = async (file: File) => {
    setIsImporting(true);
    setError(undefined);
    try {
      const result = await calendarApi.importYear(file.name, await file.text());
      void message.success(t(`calendar.imported.${result.outcome}`, { year: result.year.year }));
      onImported(result);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsImporting(false);
    }
  };
  const problems = problemsOf(error);
  return (
    <div style={{ marginBottom: 16 }}>
      <Space wrap>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={isImporting} data-testid="import-calendar">
            {t('calendar.import')}
          </Button>
        </Upload>
        <Button type="link" icon={<DownloadOutlined />} onClick={() => saveFile(new Blob([calendarFileExample(nextYear)], { type: 'text/csv;charset=utf-8' }), `calendar-${nextYear}-example.csv`)} data-testid="calendar-example">
          {t('calendar.example')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('calendar.importFormat')}
      </Typography.Paragraph>
      <div style={{ marginTop: 12 }}>
        {problems ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('calendar.fileRefused', { fileName: String(error?.details?.fileName ?? ''), count: problems.length })}
            description={
              <Table<FileProblem>
                rowKey={(problem) => `${problem.line ?? 'file'}-${problem.zh}`}
                size="small"
                pagination={false}
                columns={[
                  { title: t('calendar.problemLine'), dataIndex: 'line', width: 110, render: (line: number | null) => (line === null ? t('calendar.problemWholeFile') : line) },
                  { title: t('calendar.problemReason'), key: 'reason', render: (_, problem) => pick(problem) },
                ]}
                dataSource={problems}
                data-testid="calendar-file-problems"
                footer={() => <Typography.Text type="secondary">{t('common.withNote', { main: t('calendar.nothingWritten'), note: error?.code ?? '' })}</Typography.Text>}
              />
            }
            style={{ marginBottom: 16 }}
          />
        ) : (
          <ErrorAlert error={error} />
        )}
      </div>
    </div>
  );
}
