import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Badge, Button, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { enterprisesApi } from '../../api/registry-api.ts';
import type { EnterpriseDetail } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link } from '../../routing/router.tsx';
import { useCurrentUser, useSession } from '../../session/session-context.tsx';
import { EnterpriseHeader } from './enterprise-header.tsx';
import { FactsByYearTable } from './facts-by-year-table.tsx';
import { HistoryTable } from './history-table.tsx';
import { ProfileEditDialog } from './profile-edit-dialog.tsx';
import { ProfileTable } from './profile-table.tsx';
import { QualificationsTable } from './qualifications-table.tsx';
import { listHref } from './registry-query.ts';
import { SourcesProvider } from './sources-context.tsx';
import { YearlyEditDialog } from './yearly-edit-dialog.tsx';

/** 一企一档: everything the registry knows about one enterprise, each value with its source, and its history. */
export function EnterpriseDetailPage({ uscc }: { uscc: string }) {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const detail = useApi(() => enterprisesApi.get(uscc), [uscc]);
  return (
    <>
      {user.role === 'enterprise' ? null : (
        <Link to={listHref()}>
          <Space size={4}>
            <ArrowLeftOutlined />
            {t('detail.back')}
          </Space>
        </Link>
      )}
      <ErrorAlert error={detail.error} />
      {detail.isLoading && !detail.data ? <Skeleton active style={{ marginTop: 16 }} /> : null}
      {detail.data ? <DetailBody uscc={uscc} detail={detail.data} onChanged={detail.reload} /> : null}
    </>
  );
}

type Editing = 'profile' | 'yearly' | undefined;

function DetailBody({ uscc, detail, onChanged }: { uscc: string; detail: EnterpriseDetail; onChanged(): void }) {
  const { t } = useI18n();
  const { can } = useSession();
  const canEdit = can('registry.write');
  const [tab, setTab] = useState('profile');
  const [editing, setEditing] = useState<Editing>(undefined);
  const editButton = (which: Exclude<Editing, undefined>, labelKey: 'edit.profile' | 'edit.yearly') =>
    canEdit ? (
      <Button icon={<EditOutlined />} onClick={() => setEditing(which)} data-testid={`edit-${which}`}>
        {t(labelKey)}
      </Button>
    ) : null;
  const saved = () => {
    setEditing(undefined);
    onChanged();
  };
  const extra = tab === 'profile' ? editButton('profile', 'edit.profile') : tab === 'yearly' ? editButton('yearly', 'edit.yearly') : null;
  return (
    <SourcesProvider sources={detail.sources}>
      <EnterpriseHeader detail={detail} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        tabBarExtraContent={extra}
        items={[
          { key: 'profile', label: t('detail.tab.profile'), children: <ProfileTable profile={detail.profile} /> },
          { key: 'yearly', label: t('detail.tab.yearly'), children: <FactsByYearTable rows={detail.yearlyFacts} emptyKey="detail.noYearly" testId="yearly-table" /> },
          { key: 'ip', label: t('detail.tab.ip'), children: <FactsByYearTable rows={detail.intellectualProperty} emptyKey="detail.noIp" testId="ip-table" /> },
          { key: 'qualifications', label: t('detail.tab.qualifications'), children: <QualificationsTable qualifications={detail.qualifications} /> },
          {
            key: 'history',
            label: (
              <Space size={6}>
                {t('detail.tab.history')}
                <Badge count={detail.history.length} showZero color="#8c8c8c" overflowCount={199} />
              </Space>
            ),
            children: <HistoryTable history={detail.history} />,
          },
        ]}
      />
      {canEdit ? (
        <>
          <ProfileEditDialog uscc={uscc} profile={detail.profile} isOpen={editing === 'profile'} onClose={() => setEditing(undefined)} onSaved={saved} />
          <YearlyEditDialog uscc={uscc} yearlyFacts={detail.yearlyFacts} isOpen={editing === 'yearly'} onClose={() => setEditing(undefined)} onSaved={saved} />
        </>
      ) : null}
    </SourcesProvider>
  );
}
