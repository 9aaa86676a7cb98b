import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { organisationsApi } from '../../api/platform-api.ts';
import type { Organisation, OrganisationType } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { organisationTypeName, organisationTypes } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { CreateOrganisationDialog } from './create-organisation-dialog.tsx';

const defaultPageSize = 20;

/** 机构: every organisation the user may see, searchable and filterable by type. */
export function OrganisationsPage() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<OrganisationType | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(defaultPageSize);
  const [isCreating, setIsCreating] = useState(false);
  const list = useApi(() => organisationsApi.list({ search: search || undefined, type, page, pageSize }), [search, type, page, pageSize]);

  const columns: TableColumnsType<Organisation> = [
    { title: t('organisations.code'), dataIndex: 'code', width: 200, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    {
      title: t('organisations.name'),
      key: 'name',
      render: (_, organisation) => {
        const [primary, secondary] = language === 'en-US' && organisation.nameEn ? [organisation.nameEn, organisation.name] : [organisation.name, organisation.nameEn];
        return (
          <Space orientation="vertical" size={0}>
            <span>{primary}</span>
            {secondary ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{secondary}</Typography.Text> : null}
          </Space>
        );
      },
    },
    { title: t('organisations.type'), dataIndex: 'type', width: 170, render: (value: string) => organisationTypeName(value, language) },
    { title: t('organisations.district'), dataIndex: 'districtCode', width: 130, render: (value: string | null) => value ?? '—' },
    {
      title: t('common.status'),
      key: 'status',
      width: 140,
      render: (_, organisation) => (
        <Space size={4} wrap>
          {organisation.isActive ? <Tag color="green">{t('organisations.active')}</Tag> : <Tag>{t('organisations.inactive')}</Tag>}
          {organisation.isDemo ? <Tag color="gold">{t('organisations.demo')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', width: 180, render: (value: string) => formatDateTime(value) },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('organisations.title')}
        </Typography.Title>
        {can('organisations.manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            {t('organisations.new')}
          </Button>
        ) : null}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('organisations.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ width: 360 }}
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
        />
        <Select<OrganisationType>
          allowClear
          placeholder={t('organisations.typeFilter')}
          style={{ width: 220 }}
          value={type}
          onChange={(value) => {
            setType(value);
            setPage(1);
          }}
          options={organisationTypes.map((value) => ({ value, label: organisationTypeName(value, language) }))}
          data-testid="organisation-type-filter"
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Organisation>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isLoading}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (nextPage, nextPageSize) => {
            setPage(nextPageSize === pageSize ? nextPage : 1);
            setPageSize(nextPageSize);
          },
        }}
      />
      <CreateOrganisationDialog
        isOpen={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={() => {
          setIsCreating(false);
          list.reload();
        }}
      />
    </>
  );
}
