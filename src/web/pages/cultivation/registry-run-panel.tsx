import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Popconfirm, Progress, Typography } from 'antd';
import type { EvaluationRunView } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { isRunActive, type TrackedRun } from './use-evaluation-run.ts';

/** 重新评价全市企业: the button (for evaluation.run holders) and the progress of the run going now. */
export function RegistryRunButton({ tracked }: { tracked: TrackedRun }) {
  const { t } = useI18n();
  const { can } = useSession();
  if (!can('evaluation.run')) return null;
  return (
    <Popconfirm title={t('run.confirm')} onConfirm={() => void tracked.start()} okText={t('run.start')} cancelText={t('common.cancel')}>
      <Button type="primary" icon={<SyncOutlined />} loading={tracked.isStarting} disabled={isRunActive(tracked.run)} data-testid="start-run">
        {t('run.start')}
      </Button>
    </Popconfirm>
  );
}

export function RegistryRunProgress({ tracked }: { tracked: TrackedRun }) {
  const { t, pick } = useI18n();
  const { run, lastFinished } = tracked;
  return (
    <>
      <ErrorAlert error={tracked.error} />
      {run ? <RunState run={run} /> : null}
      {!isRunActive(run) && lastFinished && lastFinished.id !== run?.id ? (
        <Typography.Paragraph type="secondary" data-testid="last-run">
          {t('run.last', { time: formatDateTime(lastFinished.finishedAt ?? lastFinished.createdAt), total: lastFinished.progressTotal, proposals: lastFinished.proposalsMade })}
        </Typography.Paragraph>
      ) : null}
      {run?.status === 'failed' && run.failure ? <Alert type="error" showIcon title={t('run.failed', { message: pick(run.failure.message) })} style={{ marginBottom: 16 }} /> : null}
    </>
  );
}

function RunState({ run }: { run: EvaluationRunView }) {
  const { t } = useI18n();
  if (run.status === 'failed') return null;
  if (run.status === 'finished') {
    return <Alert type="success" showIcon title={t('run.finished', { results: run.resultsWritten, proposals: run.proposalsMade })} style={{ marginBottom: 16 }} data-testid="run-finished" />;
  }
  const percent = run.progressTotal === 0 ? 0 : Math.floor((run.progressDone / run.progressTotal) * 100);
  return (
    <div style={{ marginBottom: 16 }} data-testid="run-progress">
      <Typography.Text>{run.status === 'queued' ? t('run.queued') : t('run.running', { done: run.progressDone, total: run.progressTotal })}</Typography.Text>
      <Progress percent={percent} status="active" />
    </div>
  );
}
