import { App, Button, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { cultivationApi, type ProposalStatus } from '../../api/cultivation-api.ts';
import type { ProposalView } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { districtName, districts } from '../../i18n/registry-names.ts';
import { Link } from '../../routing/router.tsx';
import { useSession } from '../../session/session-context.tsx';
import { proposalStatusColours } from '../portrait/portrait-format.ts';
import { OverrideDialog } from './override-dialog.tsx';
import { tierLabel, type TierNames } from './tier-names.ts';

const statuses: ProposalStatus[] = ['pending', 'approved', 'overridden', 'superseded'];
const pageSize = 20;

/** 调整建议: the moves the last evaluation proposed; pending ones are approved or overridden here. */
export function ProposalsTab({ tierNames, version, onDecided }: { tierNames: TierNames; version: number; onDecided(): void }) {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const [status, setStatus] = useState<ProposalStatus>('pending');
  const [districtCode, setDistrictCode] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [approvingId, setApprovingId] = useState<string | undefined>(undefined);
  const [overriding, setOverriding] = useState<ProposalView | undefined>(undefined);
  const proposals = useApi(() => cultivationApi.proposals({ status, districtCode, page, pageSize }), [status, districtCode, page, version]);
  const label = (code: string | null, end: 'from' | 'to') => tierLabel(code, tierNames, end, pick, t);
  const canDecide = can('cultivation.decide') && status === 'pending';

  const approve = async (proposal: ProposalView) => {
    setApprovingId(proposal.id);
    try {
      await cultivationApi.decide(proposal.id, { decision: 'approve' });
      void message.success(t('proposal.approved', { name: proposal.enterprise.name, tier: label(proposal.toTier, 'to') }));
      onDecided();
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    } finally {
      setApprovingId(undefined);
    }
  };

  const columns: TableColumnsType<ProposalView> = [
    {
      title: t('proposal.enterprise'),
      key: 'enterprise',
      width: 260,
      render: (_, proposal) => (
        <>
          <Link to={`/enterprises/${encodeURIComponent(proposal.enterprise.uscc)}/portrait`}>{proposal.enterprise.name}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {districtName(proposal.enterprise.districtCode, language)} · {proposal.enterprise.uscc}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('proposal.change'),
      key: 'change',
      width: language === 'en-US' ? 280 : 220,
      render: (_, proposal) => (
        <span data-testid="proposal-change">
          {label(proposal.fromTier, 'from')} → <Tag color={proposal.toTier ? 'purple' : 'default'}>{label(proposal.toTier, 'to')}</Tag>
        </span>
      ),
    },
    {
      title: t('proposal.reasons'),
      key: 'reasons',
      render: (_, proposal) => (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {proposal.reasons.map((reason, index) => (
            <li key={index}>{pick(reason)}</li>
          ))}
        </ul>
      ),
    },
    { title: t('proposal.proposedAt'), dataIndex: 'proposedAt', width: 120, render: (value: string) => <span title={formatDateTime(value)}>{formatDateTime(value).slice(0, 10)}</span> },
    status === 'pending'
      ? {
          title: t('common.actions'),
          key: 'actions',
          width: language === 'en-US' ? 190 : 150,
          fixed: 'right',
          render: (_, proposal) =>
            canDecide ? (
              <Space size={8}>
                <Button type="primary" size="small" loading={approvingId === proposal.id} onClick={() => void approve(proposal)} data-testid="approve-proposal">
                  {t('proposal.approve')}
                </Button>
                <Button size="small" onClick={() => setOverriding(proposal)} data-testid="override-proposal">
                  {t('proposal.override')}
                </Button>
              </Space>
            ) : (
              <Tag color={proposalStatusColours.pending}>{t('proposal.status.pending')}</Tag>
            ),
        }
      : {
          title: t('proposal.decision'),
          key: 'decision',
          width: 260,
          render: (_, proposal) => (
            <>
              <Tag color={proposalStatusColours[proposal.status]}>{t(`proposal.status.${proposal.status}`)}</Tag>
              {proposal.decidedAt ? t('proposal.decidedAs', { tier: label(proposal.decidedTier, 'to'), time: formatDateTime(proposal.decidedAt).slice(0, 10) }) : null}
              {proposal.decisionReason ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {proposal.decisionReason}
                </Typography.Text>
              ) : null}
            </>
          ),
        },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<ProposalStatus>
          style={{ width: 160 }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={statuses.map((value) => ({ value, label: t(`proposal.status.${value}`) }))}
          data-testid="proposal-status-filter"
        />
        <Select<string>
          allowClear
          placeholder={t('registry.district')}
          style={{ width: 160 }}
          value={districtCode}
          onChange={(value) => {
            setDistrictCode(value);
            setPage(1);
          }}
          options={districts.map((district) => ({ value: district.code, label: districtName(district.code, language) }))}
        />
      </Space>
      <ErrorAlert error={proposals.error} />
      <Table<ProposalView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={proposals.data?.items ?? []}
        loading={proposals.isLoading}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('proposal.none') }}
        data-testid="proposals-table"
        pagination={{ current: page, pageSize, total: proposals.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
      />
      <OverrideDialog
        proposal={overriding}
        tierNames={tierNames}
        onClose={() => setOverriding(undefined)}
        onDecided={(decided) => {
          setOverriding(undefined);
          void message.success(t('proposal.overridden', { name: decided.enterprise.name, tier: label(decided.decidedTier, 'to') }));
          onDecided();
        }}
      />
    </>
  );
}
