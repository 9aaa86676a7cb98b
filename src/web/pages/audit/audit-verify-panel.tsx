import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { auditApi } from '../../api/platform-api.ts';
import type { ChainVerification, ChainVerificationRecord } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';

/** 校验审计链: recomputes every hash on the server and shows whether the chain is intact, and the history. */
export function AuditVerifyPanel() {
  const { t } = useI18n();
  const { can } = useSession();
  const [result, setResult] = useState<ChainVerification | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isVerifying, setIsVerifying] = useState(false);
  const history = useApi(() => auditApi.verifications(), []);

  const verify = async () => {
    setIsVerifying(true);
    setError(undefined);
    try {
      setResult(await auditApi.verify());
      history.reload();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsVerifying(false);
    }
  };

  return (
    <Card
      title={t('audit.verifyTitle')}
      style={{ marginBottom: 24 }}
      extra={
        can('audit.verify') ? (
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={isVerifying} onClick={() => void verify()} data-testid="verify-chain">
            {t('audit.verify')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      {result ? <VerificationResult result={result} /> : null}
      <ErrorAlert error={history.error} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('audit.history')}
      </Typography.Title>
      <Table<ChainVerificationRecord>
        rowKey="id"
        size="small"
        loading={history.isLoading}
        dataSource={history.data ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        columns={[
          { title: t('audit.verifiedAt'), dataIndex: 'verifiedAt', width: 180, render: (value: string) => formatDateTime(value) },
          { title: t('audit.trigger'), dataIndex: 'trigger', width: 100, render: (value: string) => (isKnownTrigger(value) ? t(`audit.trigger.${value}`) : value) },
          { title: t('audit.result'), dataIndex: 'isIntact', width: 100, render: (isIntact: boolean) => <IntactTag isIntact={isIntact} /> },
          { title: t('audit.checkedColumn'), dataIndex: 'checkedCount', width: 120 },
          { title: t('audit.firstBrokenColumn'), dataIndex: 'firstBrokenSeq', width: 140, render: (value: number | null) => value ?? '—' },
          { title: t('audit.problem'), dataIndex: 'problem', render: (value: string | null) => value ?? '—' },
        ]}
      />
    </Card>
  );
}

function IntactTag({ isIntact }: { isIntact: boolean }) {
  const { t } = useI18n();
  return isIntact ? <Tag color="success">{t('audit.intact')}</Tag> : <Tag color="error">{t('audit.broken')}</Tag>;
}

function VerificationResult({ result }: { result: ChainVerification }) {
  const { t } = useI18n();
  const lines = [t('audit.checkedCount', { count: result.checkedCount })];
  if (result.headSeq !== null && result.headHash) lines.push(t('audit.head', { seq: result.headSeq, hash: `${result.headHash.slice(0, 16)}…` }));
  else lines.push(t('audit.emptyChain'));
  if (!result.isIntact && result.firstBrokenSeq !== null) lines.push(t('audit.firstBroken', { seq: result.firstBrokenSeq }));
  if (result.problem) lines.push(t('audit.problemLine', { problem: result.problem }));
  return (
    <Alert
      type={result.isIntact ? 'success' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="verify-result"
      title={
        <span>
          {t('audit.resultLine')}<Typography.Text strong>{result.isIntact ? t('audit.intact') : t('audit.broken')}</Typography.Text>
        </span>
      }
      description={lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    />
  );
}

const knownTriggers = ['web', 'cli', 'schedule'] as const;

function isKnownTrigger(value: string): value is (typeof knownTriggers)[number] {
  return (knownTriggers as readonly string[]).includes(value);
}
