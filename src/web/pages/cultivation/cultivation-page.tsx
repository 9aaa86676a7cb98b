import { Alert, Skeleton, Space, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { cultivationApi } from '../../api/cultivation-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { MembersTab } from './members-tab.tsx';
import { ProposalsTab } from './proposals-tab.tsx';
import { RegistryRunButton, RegistryRunProgress } from './registry-run-panel.tsx';
import { TierCards } from './tier-cards.tsx';
import { tierNamesOf } from './tier-names.ts';
import { useEvaluationRun } from './use-evaluation-run.ts';

/** 培育库: the tiers and their members, the proposals waiting for a decision, and the registry re-evaluation that makes them. */
export function CultivationPage() {
  const { t, pick } = useI18n();
  const tierSet = useApi(() => cultivationApi.tiers(), []);
  // Bumped after a decision or a finished run, so that the lists ask again.
  const [version, setVersion] = useState(0);
  const reloadTiers = tierSet.reload;
  const refresh = useCallback(() => {
    reloadTiers();
    setVersion((count) => count + 1);
  }, [reloadTiers]);
  const tracked = useEvaluationRun(refresh);
  const tierNames = tierNamesOf(tierSet.data?.tiers ?? []);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cultivation.title')}
        </Typography.Title>
        <RegistryRunButton tracked={tracked} />
      </Space>
      <RegistryRunProgress tracked={tracked} />
      <ErrorAlert error={tierSet.error} />
      {tierSet.isLoading && !tierSet.data ? <Skeleton active /> : null}
      {tierSet.data ? (
        <>
          {tierSet.data.isOfficial ? null : (
            <Alert type="warning" showIcon title={pick(tierSet.data.name)} description={t('cultivation.notOfficial')} style={{ marginBottom: 16 }} data-testid="tiers-not-official" />
          )}
          <TierCards tiers={tierSet.data.tiers} />
          <Tabs
            items={[
              { key: 'members', label: t('cultivation.members'), children: <MembersTab tierNames={tierNames} version={version} /> },
              { key: 'proposals', label: t('cultivation.proposals'), children: <ProposalsTab tierNames={tierNames} version={version} onDecided={refresh} /> },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
