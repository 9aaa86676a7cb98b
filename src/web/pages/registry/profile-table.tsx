import { Alert, Table, type TableColumnsType } from 'antd';
import type { EnterpriseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldLabel, formatFactValue } from './fact-format.ts';
import { SourceLine } from './source-mark.tsx';

interface ProfileRow {
  field: string;
  value: unknown;
  sourceId: string | undefined;
}

/** 基本信息: each field, its value and where that value came from. */
export function ProfileTable({ profile }: { profile: EnterpriseDetail['profile'] }) {
  const { t, language } = useI18n();
  const rows: ProfileRow[] = Object.entries(profile.values).map(([field, value]) => ({ field, value, sourceId: profile.sources[field] }));
  const columns: TableColumnsType<ProfileRow> = [
    { title: t('detail.field'), dataIndex: 'field', width: 180, render: (field: string) => fieldLabel(field, language) },
    { title: t('detail.value'), key: 'value', width: 320, render: (_, row) => formatFactValue(row.field, row.value, language) },
    { title: t('detail.source'), key: 'source', render: (_, row) => (row.value === null ? null : <SourceLine sourceId={row.sourceId} />) },
  ];
  return (
    <>
      {profile.areContactsMasked ? <Alert type="info" showIcon title={t('detail.contactsMasked')} style={{ marginBottom: 12 }} /> : null}
      <Table<ProfileRow> rowKey="field" size="small" bordered columns={columns} dataSource={rows} pagination={false} data-testid="profile-table" />
    </>
  );
}
