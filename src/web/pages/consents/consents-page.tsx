import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { consentApi } from '../../api/consent-api.ts';
import { institutionsApi } from '../../api/financing-api.ts';
import type { ConsentView } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AccessLogTable } from './access-log-table.tsx';
import { GrantConsentDialog } from './grant-consent-dialog.tsx';
import { institutionName } from './institution-names.ts';
import { consentScopeName } from './scope-names.ts';

/** 授权管理: the enterprise's consents to institutions (grant, revoke) and who looked at its data. */
export function ConsentsPage() {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const [isGranting, setIsGranting] = useState(false);
  const consents = useApi(() => consentApi.mine(), []);
  const registry = useApi(() => institutionsApi.registry(), []);
  const nameOf = (institution: { code: string; name: string }) => institutionName(institution, registry.data, language);
  const revoke = async (consent: ConsentView) => {
    try {
      await consentApi.revoke(consent.id);
      void message.success(t('consent.revokedDone'));
      consents.reload();
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    }
  };
  const statusOf = (consent: ConsentView) => {
    if (consent.isActive) return <Tag color="success">{t('consent.active')}</Tag>;
    if (!consent.revokedAt) return <Tag color="warning">{t('consent.expired')}</Tag>;
    return (
      <>
        <Tag>{t('consent.revoked')}</Tag>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('consent.revokedAt', { time: formatDateTime(consent.revokedAt).slice(0, 16) })}
        </Typography.Text>
      </>
    );
  };
  const columns: TableColumnsType<ConsentView> = [
    { title: t('consent.institution'), key: 'institution', width: 240, render: (_, consent) => nameOf(consent.institution) },
    { title: t('consent.scopes'), key: 'scopes', render: (_, consent) => consent.scopes.map((scope) => <Tag key={scope}>{consentScopeName(scope, language)}</Tag>) },
    { title: t('consent.purpose'), dataIndex: 'purpose', width: 200 },
    { title: t('consent.validUntil'), dataIndex: 'validUntil', width: 120 },
    { title: t('consent.grantedAt'), dataIndex: 'grantedAt', width: 150, render: (value: string) => formatDateTime(value).slice(0, 16) },
    { title: t('common.status'), key: 'status', width: 170, render: (_, consent) => <div data-testid="consent-status">{statusOf(consent)}</div> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, consent) =>
        consent.isActive ? (
          <Popconfirm title={t('consent.revokeConfirm')} okText={t('consent.revoke')} cancelText={t('common.cancel')} onConfirm={() => revoke(consent)}>
            <Button size="small" danger data-testid="revoke-consent">
              {t('consent.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('consent.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsGranting(true)} data-testid="grant-consent">
          {t('consent.grant')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('consent.pageIntro')}</Typography.Paragraph>
      <ErrorAlert error={consents.error} />
      <Table<ConsentView> rowKey="id" size="middle" columns={columns} dataSource={consents.data ?? []} loading={consents.isLoading} pagination={false} scroll={{ x: 1000 }} locale={{ emptyText: t('consent.none') }} data-testid="consents-table" />
      <Typography.Title level={4} style={{ marginTop: 32 }}>
        {t('consent.accessLog')}
      </Typography.Title>
      <AccessLogTable version={consents.data?.length ?? 0} consents={consents.data ?? []} nameOf={nameOf} />
      <GrantConsentDialog
        isOpen={isGranting}
        registry={registry}
        onClose={() => setIsGranting(false)}
        onGranted={(consent) => {
          setIsGranting(false);
          void message.success(t('consent.granted', { name: nameOf(consent.institution) }));
          consents.reload();
        }}
      />
    </>
  );
}
