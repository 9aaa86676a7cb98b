import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/platform-api.ts';
import type { Role, User } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { roleName, roles } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { CreateUserDialog } from './create-user-dialog.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';
import { UserStatusActions } from './user-status-actions.tsx';

const defaultPageSize = 20;

/** 用户: accounts, their organisation and role; admins create, disable, enable and reset them. */
export function UsersPage() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const canManage = can('users.manage');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(defaultPageSize);
  const [isCreating, setIsCreating] = useState(false);
  const [resetting, setResetting] = useState<User | undefined>(undefined);
  const list = useApi(() => usersApi.list({ search: search || undefined, role, page, pageSize }), [search, role, page, pageSize]);

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 150, render: (value: string) => <Typography.Text code>{value}</Typography.Text> },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 160 },
    { title: t('users.organisation'), dataIndex: 'organisationName', ellipsis: true },
    { title: t('users.role'), dataIndex: 'role', width: 170, render: (value: string) => roleName(value, language) },
    {
      title: t('common.status'),
      key: 'status',
      width: 140,
      render: (_, user) => (
        <Space size={4} wrap>
          {user.isDisabled ? <Tag color="red">{t('users.disabled')}</Tag> : <Tag color="green">{t('users.enabled')}</Tag>}
          {user.isLocked ? <Tag color="orange">{t('users.locked')}</Tag> : null}
          {user.mustChangePassword ? <Tag color="gold">{t('users.mustChangePassword')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', width: 170, render: (value: string | null) => (value ? formatDateTime(value) : '—') },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      fixed: 'right',
      render: (_, user) => <UserStatusActions user={user} onChanged={list.reload} onResetPassword={() => setResetting(user)} />,
    });
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            {t('users.new')}
          </Button>
        ) : null}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ width: 360 }}
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.roleFilter')}
          style={{ width: 240 }}
          value={role}
          onChange={(value) => {
            setRole(value);
            setPage(1);
          }}
          options={roles.map((value) => ({ value, label: roleName(value, language) }))}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isLoading}
        scroll={{ x: 1100 }}
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
      <CreateUserDialog
        isOpen={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={() => {
          setIsCreating(false);
          list.reload();
        }}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(undefined)}
        onDone={() => {
          setResetting(undefined);
          list.reload();
        }}
      />
    </>
  );
}
