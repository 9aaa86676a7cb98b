import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { equityApi } from '../../api/financing-api.ts';
import type { RoadshowView } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useSession } from '../../session/session-context.tsx';
import { RoadshowDialog, RoadshowOutcomeDialog } from './roadshow-dialogs.tsx';

const statusColours: Record<RoadshowView['status'], string> = { planned: 'blue', held: 'green', cancelled: 'default' };

/**
 * 路演: every roadshow with how many present and attend. An enterprise registers to present, an
 * investor to attend; overseers see every registration, schedule roadshows and record outcomes.
 */
export function RoadshowsTab() {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const roadshows = useApi(() => equityApi.roadshows(), []);
  const [error, setError] = useState<ReturnType<typeof asApiError> | undefined>(undefined);
  const [dialog, setDialog] = useState<{ kind: 'new' } | { kind: 'outcome'; roadshow: RoadshowView } | undefined>(undefined);
  const isOverseer = can('financing.supervise');
  const role = can('financing.demand') && !isOverseer ? 'presenter' : can('financing.handle') && !isOverseer ? 'investor' : undefined;
  const register = async (roadshow: RoadshowView) => {
    if (!role) return;
    setError(undefined);
    try {
      await equityApi.register(roadshow.id, role);
      void message.success(t('roadshow.registered', { title: roadshow.title }));
      roadshows.reload();
    } catch (failure) {
      setError(asApiError(failure));
    }
  };
  const done = (text: string) => {
    setDialog(undefined);
    void message.success(text);
    roadshows.reload();
  };
  const columns: TableColumnsType<RoadshowView> = [
    { title: t('roadshow.heldOn'), dataIndex: 'heldOn', width: 110 },
    {
      title: t('roadshow.title'),
      key: 'title',
      render: (_, roadshow) => (
        <>
          {roadshow.title}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {roadshow.location}
          </Typography.Text>
          {roadshow.summary ? <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 12 }}>{roadshow.summary}</Typography.Paragraph> : null}
        </>
      ),
    },
    { title: t('roadshow.status'), dataIndex: 'status', width: 120, render: (status: RoadshowView['status']) => <Tag color={statusColours[status]}>{t(`roadshow.status.${status}` as MessageKey)}</Tag> },
    { title: t('roadshow.registrations'), key: 'counts', width: 220, render: (_, roadshow) => t('roadshow.counts', { presenters: roadshow.presenterCount, investors: roadshow.investorCount }) },
    {
      title: '',
      key: 'actions',
      width: 180,
      render: (_, roadshow) => {
        const mine = isOverseer ? undefined : roadshow.registrations[0];
        if (mine) return <Tag color="green">{t('roadshow.mine', { role: t(`roadshow.role.${mine.role}`) })}</Tag>;
        if (role && roadshow.status === 'planned') {
          return (
            <Button size="small" type="primary" onClick={() => void register(roadshow)} data-testid="register-roadshow">
              {t(role === 'presenter' ? 'roadshow.registerPresenter' : 'roadshow.registerInvestor')}
            </Button>
          );
        }
        if (isOverseer && roadshow.registrations.length > 0) {
          return (
            <Button size="small" onClick={() => setDialog({ kind: 'outcome', roadshow })} data-testid="record-roadshow-outcome">
              {t('roadshow.recordOutcome')}
            </Button>
          );
        }
        return null;
      },
    },
  ];
  return (
    <>
      {isOverseer ? (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => setDialog({ kind: 'new' })} data-testid="new-roadshow">
            {t('roadshow.new')}
          </Button>
        </Space>
      ) : null}
      <ErrorAlert error={roadshows.error ?? error} />
      <Table<RoadshowView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={roadshows.data ?? []}
        loading={roadshows.isLoading}
        pagination={false}
        locale={{ emptyText: t('roadshow.none') }}
        expandable={isOverseer ? { expandedRowRender: (roadshow) => <Registrations roadshow={roadshow} />, rowExpandable: (roadshow) => roadshow.registrations.length > 0 } : undefined}
        data-testid="roadshows"
      />
      {dialog?.kind === 'new' ? <RoadshowDialog onClose={() => setDialog(undefined)} onCreated={(created) => done(t('roadshow.created', { title: created.title }))} /> : null}
      {dialog?.kind === 'outcome' ? <RoadshowOutcomeDialog roadshow={dialog.roadshow} onClose={() => setDialog(undefined)} onSaved={() => done(t('roadshow.outcomeSaved'))} /> : null}
    </>
  );
}

/** Who registered, as what, whether they came and what came of it (overseers). */
function Registrations({ roadshow }: { roadshow: RoadshowView }) {
  const { t } = useI18n();
  return (
    <Table
      rowKey={(row) => `${row.organisation.code}-${row.role}`}
      size="small"
      pagination={false}
      dataSource={roadshow.registrations}
      columns={[
        { title: t('roadshow.participant'), key: 'organisation', render: (_, row) => row.organisation.name },
        { title: t('roadshow.role'), dataIndex: 'role', width: 120, render: (role: 'presenter' | 'investor') => t(`roadshow.role.${role}`) },
        { title: t('roadshow.attended'), dataIndex: 'attended', width: 80, render: (attended: boolean | null) => (attended === null ? '—' : attended ? '✓' : '✗') },
        { title: t('roadshow.outcome'), dataIndex: 'outcome', width: 160, render: (outcome: string | null) => (outcome ? t(`roadshow.outcome.${outcome}` as MessageKey) : '—') },
        { title: t('roadshow.outcomeNote'), dataIndex: 'outcomeNote', render: (note: string | null) => note ?? '—' },
      ]}
    />
  );
}
