import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { EnterpriseDetail } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { describePeriod, fieldLabel, formatFactValue } from './fact-format.ts';
import { SourceLine } from './source-mark.tsx';

type Change = EnterpriseDetail['history'][number];

/** 变更历史: newest first, each change with its old and new value and its old and new source. */
export function HistoryTable({ history }: { history: Change[] }) {
  const { t, language } = useI18n();
  if (history.length === 0) return <Empty description={t('detail.noHistory')} />;
  const value = (change: Change, which: unknown) => formatFactValue(change.field, which, language, { isUnitShown: true });
  const columns: TableColumnsType<Change> = [
    { title: t('detail.changedAt'), dataIndex: 'changedAt', width: 165, render: (at: string) => formatDateTime(at) },
    { title: t('detail.subject'), key: 'subject', width: 150, render: (_, change) => describePeriod(change.subject, change.period, language) },
    { title: t('detail.field'), dataIndex: 'field', width: 140, render: (field: string) => fieldLabel(field, language) },
    {
      title: t('detail.change'),
      key: 'change',
      width: 260,
      render: (_, change) => (
        <Space size={6} wrap>
          <Typography.Text delete type="secondary">
            {value(change, change.oldValue)}
          </Typography.Text>
          <ArrowRightOutlined style={{ fontSize: 11 }} />
          <Typography.Text strong>{value(change, change.newValue)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('detail.sourceChange'),
      key: 'sources',
      render: (_, change) => (
        <div>
          <SourceLine sourceId={change.oldSourceId} />
          <div>
            <ArrowRightOutlined style={{ fontSize: 11, marginInlineEnd: 4 }} />
            <SourceLine sourceId={change.sourceId} />
          </div>
        </div>
      ),
    },
  ];
  return (
    <>
      <Table<Change>
        rowKey={(change) => `${change.changedAt}|${change.subject}|${change.period}|${change.field}`}
        size="small"
        columns={columns}
        dataSource={history}
        pagination={history.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1100 }}
        data-testid="history-table"
      />
      {history.length >= 200 ? <Typography.Text type="secondary">{t('detail.historyLimit', { count: history.length })}</Typography.Text> : null}
    </>
  );
}
