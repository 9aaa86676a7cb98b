import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { calendarApi } from '../../api/calendar-api.ts';
import type { ImportCalendarYearResult } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 导入放假安排通知: a CSV file (docs/calendar-file-format.md) replaces that year; every problem names its line. */
export function CalendarImport({ onImported }: { onImported(result: ImportCalendarYearResult): void }) {
  const { t } = useI18n();
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
  return (
    <div style={{ marginBottom: 16 }}>
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
      <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
        {t('calendar.importHint')}
      </Typography.Text>
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={error} />
        {error?.details ? <pre style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>{JSON.stringify(error.details, null, 2)}</pre> : null}
      </div>
    </div>
  );
}
