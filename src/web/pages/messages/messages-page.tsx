import { App, Badge, Button, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { messagesApi } from '../../api/messages-api.ts';
import type { InboxMessageView } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { navigate } from '../../routing/router.tsx';
import { useUnreadCount } from './unread-count.tsx';

const pageSize = 20;

/** 消息中心: the user's messages; opening one marks it read and follows its link. */
export function MessagesPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const unreadCount = useUnreadCount();
  const [isUnreadOnly, setIsUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const inbox = useApi(() => messagesApi.list({ isUnreadOnly, page, pageSize }), [isUnreadOnly, page]);

  const markRead = async (item: InboxMessageView) => {
    if (item.isRead) return;
    try {
      await messagesApi.markRead(item.id);
      unreadCount.refresh();
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    }
  };
  const open = async (item: InboxMessageView) => {
    await markRead(item);
    if (item.link?.startsWith('/')) navigate(item.link);
    else inbox.reload();
  };

  const columns: TableColumnsType<InboxMessageView> = [
    { title: '', key: 'read', width: 36, render: (_, item) => (item.isRead ? null : <Badge status="processing" title={t('messages.unread')} />) },
    {
      title: t('messages.title'),
      key: 'title',
      render: (_, item) => (
        <>
          <Typography.Text strong={!item.isRead}>{pick(item.title)}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {pick(item.body)}
          </Typography.Text>
        </>
      ),
    },
    { title: t('messages.receivedAt'), dataIndex: 'createdAt', width: 170, render: (value: string) => formatDateTime(value).slice(0, 16) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      render: (_, item) => (
        <Space size={8}>
          {item.link ? (
            <Button size="small" type="link" onClick={() => void open(item)} data-testid="open-message">
              {t('messages.open')}
            </Button>
          ) : null}
          {item.isRead ? null : (
            <Button
              size="small"
              onClick={() =>
                void markRead(item).then(() => {
                  inbox.reload();
                })
              }
              data-testid="mark-read"
            >
              {t('messages.markRead')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('messages.title')}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary" data-testid="unread-total">
            {t('messages.unreadCount', { count: inbox.data?.unread ?? unreadCount.unread })}
          </Typography.Text>
          <Switch
            checked={isUnreadOnly}
            onChange={(checked) => {
              setIsUnreadOnly(checked);
              setPage(1);
            }}
          />
          <span>{t('messages.unreadOnly')}</span>
        </Space>
      </Space>
      <ErrorAlert error={inbox.error} />
      <Table<InboxMessageView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={inbox.data?.items ?? []}
        loading={inbox.isLoading}
        locale={{ emptyText: t('messages.none') }}
        data-testid="messages-table"
        pagination={{ current: page, pageSize, total: inbox.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
      />
    </>
  );
}
