import { Alert, Button, Descriptions, Progress, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { ImportDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatCount } from '../../format/format-money.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { navigate } from '../../routing/router.tsx';
import { ImportPreview } from './import-preview.tsx';
import { ImportSteps } from './import-steps.tsx';
import { ImportTotals } from './import-totals.tsx';
import { importStatusColour } from './import-status.ts';
import { useImportTracking } from './use-import-tracking.ts';

/** Steps three and four for one import, whatever state it is in; the id in the address brings a reload back here. */
export function ImportView({ importId, onStatus }: { importId: string; onStatus(status: string | undefined): void }) {
  const tracking = useImportTracking(importId);
  const { detail } = tracking;
  useEffect(() => onStatus(detail?.status), [detail?.status, onStatus]);
  return (
    <>
      <ImportSteps current={detail?.status === 'committed' ? 3 : 2} />
      <ErrorAlert error={tracking.error} />
      {!detail && !tracking.error ? <Skeleton active /> : null}
      {detail ? (
        <>
          <ImportHeading detail={detail} />
          <ImportState detail={detail} onCommitted={tracking.replace} />
        </>
      ) : null}
    </>
  );
}

function ImportHeading({ detail }: { detail: ImportDetail }) {
  const { t, pick } = useI18n();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 4 }}
      style={{ marginBottom: 16 }}
      data-testid="import-heading"
      items={[
        { key: 'file', label: t('imports.file'), children: <Typography.Text strong>{detail.fileName}</Typography.Text> },
        { key: 'kind', label: t('imports.kindColumn'), children: pick(detail.kindName) },
        { key: 'status', label: t('common.status'), children: <Tag color={importStatusColour(detail.status)} data-testid="import-status">{pick(detail.statusName)}</Tag> },
        { key: 'uploadedAt', label: t('imports.uploadedAt'), children: formatDateTime(detail.createdAt) },
      ]}
    />
  );
}

function ImportState({ detail, onCommitted }: { detail: ImportDetail; onCommitted(detail: ImportDetail): void }) {
  const { t, pick } = useI18n();
  const another = () => navigate(`/imports?kind=${detail.kind}`);
  switch (detail.status) {
    case 'validating':
    case 'committing': {
      const { done, total, percent } = detail.progress;
      const key = detail.status === 'validating' ? 'imports.validating' : 'imports.committing';
      return (
        <div style={{ maxWidth: 720 }} data-testid="import-progress">
          <Progress percent={percent} status="active" />
          <Typography.Paragraph>{t(key, { done: formatCount(done), total: formatCount(total) })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('imports.progressHint')}</Typography.Paragraph>
        </div>
      );
    }
    case 'validated':
    case 'rejected':
      return <ImportPreview detail={detail} onCommitted={onCommitted} />;
    case 'committed': {
      const totals = detail.totals ?? { rows: 0, new: 0, changed: 0, unchanged: 0, rejected: 0 };
      return (
        <div data-testid="import-result">
          <Result
            status="success"
            title={t('imports.done')}
            subTitle={t('imports.doneSummary', { file: detail.fileName, new: totals.new, changed: totals.changed, unchanged: totals.unchanged })}
            style={{ padding: '16px 0' }}
            extra={
              <Space>
                <Button type="primary" onClick={() => navigate('/enterprises')}>
                  {t('imports.toRegistry')}
                </Button>
                <Button onClick={another}>{t('imports.another')}</Button>
              </Space>
            }
          />
          <ImportTotals totals={totals} />
          {detail.isOnlyValidRowsCommitted ? <Alert type="warning" showIcon title={t('imports.onlyValidDone', { rejected: totals.rejected })} /> : null}
        </div>
      );
    }
    case 'failed':
      return (
        <Result
          status="error"
          title={t('imports.failed')}
          subTitle={detail.failure ? `${pick(detail.failure.message)}（${detail.failure.code}）` : undefined}
          extra={<Button onClick={another}>{t('imports.reupload')}</Button>}
        />
      );
    case 'uploaded':
      return <Alert type="info" showIcon title={t('imports.uploadedOnly')} />;
  }
}
