import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { consentApi, type AccessLogEntry } from '../../api/consent-api.ts';
import type { ConsentView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link } from '../../routing/router.tsx';
import { consentScopeName } from './scope-names.ts';

const pageSize = 20;

interface Props {
  /** Changes when the consents do, so the log is read again. */
  version: number;
  /** The enterprise's consents, to say which one a read was made under. */
  consents: readonly ConsentView[];
  nameOf(institution: { code: string; name: string }): string;
}

/** 谁查看了我的数据: each institution's look at the enterprise's data, and on what basis. */
export function AccessLogTable({ version, consents, nameOf }: Props) {
  const { t, language } = useI18n();
  const [page, setPage] = useState(1);
  const log = useApi(() => consentApi.accessLog({ page, pageSize }), [page, version]);
  const basisOf = (entry: AccessLogEntry) => {
    if (entry.basis === 'demand') return <Link to={`/financing/demands/${encodeURIComponent(entry.basisId)}`}>{t('consent.basis.demand')}</Link>;
    const consent = consents.find((item) => item.id === entry.basisId);
    return (
      <>
        {t('consent.basis.consent')}
        {consent ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {consent.purpose}
          </Typography.Text>
        ) : null}
      </>
    );
  };
  const columns: TableColumnsType<AccessLogEntry> = [
    { title: t('consent.accessAt'), dataIndex: 'at', width: 180, render: (value: string) => formatDateTime(value) },
    { title: t('consent.institution'), key: 'institution', render: (_, entry) => nameOf(entry.institution) },
    { title: t('consent.scopes'), key: 'scopes', render: (_, entry) => entry.scopes.map((scope) => <Tag key={scope}>{consentScopeName(scope, language)}</Tag>) },
    { title: t('consent.basis'), key: 'basis', width: 200, render: (_, entry) => basisOf(entry) },
  ];
  return (
    <>
      <ErrorAlert error={log.error} />
      <Table<AccessLogEntry>
        rowKey={(entry) => `${entry.at}-${entry.basisId}-${entry.institution.code}`}
        size="middle"
        columns={columns}
        dataSource={log.data?.items ?? []}
        loading={log.isLoading}
        locale={{ emptyText: t('consent.noAccess') }}
        data-testid="access-log"
        pagination={{ current: page, pageSize, total: log.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
      />
    </>
  );
}
