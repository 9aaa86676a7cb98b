import { Alert, App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { importsApi } from '../../api/registry-api.ts';
import type { ImportDetail } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { navigate } from '../../routing/router.tsx';
import { ImportTotals } from './import-totals.tsx';
import { RejectedRowsTable } from './rejected-rows-table.tsx';

/**
 * 校验预览: what the file would do to the registry. 确认导入 only when every row passed; otherwise the
 * officer fixes the file, or deliberately imports only the valid rows after a confirmation.
 */
export function ImportPreview({ detail, onCommitted }: { detail: ImportDetail; onCommitted(detail: ImportDetail): void }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const [isCommitting, setIsCommitting] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const totals = detail.totals ?? { rows: 0, new: 0, changed: 0, unchanged: 0, rejected: 0 };
  const validRows = totals.rows - totals.rejected;
  const hasRejected = totals.rejected > 0;

  const commit = async (onlyValidRows: boolean) => {
    setIsCommitting(true);
    setError(undefined);
    try {
      onCommitted(await importsApi.commit(detail.id, onlyValidRows));
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsCommitting(false);
    }
  };
  const confirmOnlyValid = () =>
    modal.confirm({
      title: t('imports.confirmOnlyValidTitle'),
      content: t('imports.confirmOnlyValid', { valid: validRows, rejected: totals.rejected }),
      okText: t('imports.commitOnlyValid'),
      cancelText: t('common.cancel'),
      onOk: () => commit(true),
    });

  return (
    <>
      <ImportTotals totals={totals} />
      {detail.earlierCommit ? (
        <Alert type="info" showIcon title={t('imports.earlierCommit', { time: formatDateTime(detail.earlierCommit.committedAt) })} style={{ marginBottom: 16 }} data-testid="earlier-commit" />
      ) : !hasRejected && totals.new + totals.changed === 0 ? (
        <Alert type="info" showIcon title={t('imports.nothingToChange')} style={{ marginBottom: 16 }} />
      ) : null}
      {hasRejected ? <Alert type="warning" showIcon title={t('imports.fixFirst', { count: totals.rejected })} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Tooltip title={hasRejected ? t('imports.fixFirst', { count: totals.rejected }) : undefined}>
          <Button type="primary" disabled={hasRejected} loading={isCommitting && !hasRejected} onClick={() => void commit(false)} data-testid="commit-import">
            {t('imports.commit')}
          </Button>
        </Tooltip>
        {hasRejected && validRows > 0 ? (
          <Button danger loading={isCommitting} onClick={confirmOnlyValid} data-testid="commit-only-valid">
            {t('imports.commitOnlyValid')}
          </Button>
        ) : null}
        <Button onClick={() => navigate(`/imports?kind=${detail.kind}`)} data-testid="reupload">
          {t('imports.reupload')}
        </Button>
      </Space>
      {hasRejected ? <RejectedRowsTable detail={detail} /> : null}
    </>
  );
}
