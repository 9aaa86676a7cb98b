import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { cultivationApi, type MemberFilters } from '../../api/cultivation-api.ts';
import type { MemberView } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { saveFile } from '../../components/save-file.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { districtName, districts } from '../../i18n/registry-names.ts';
import { Link } from '../../routing/router.tsx';
import type { TierNames } from './tier-names.ts';

const pageSize = 20;

/** 在库企业: the members by tier and district, paged, and the same list as an Excel file. */
export function MembersTab({ tierNames, version }: { tierNames: TierNames; version: number }) {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<MemberFilters>({});
  const [page, setPage] = useState(1);
  const [isExporting, setIsExporting] = useState(false);
  const members = useApi(() => cultivationApi.members({ ...filters, page, pageSize }), [filters.tierCode, filters.districtCode, page, version]);
  const filter = (change: MemberFilters) => {
    setFilters({ ...filters, ...change });
    setPage(1);
  };
  const exportMembers = async () => {
    setIsExporting(true);
    try {
      const download = await cultivationApi.exportMembers(filters);
      saveFile(download.blob, download.fileName);
      void message.success(t('cultivation.exported', { count: Number(download.headers.get('x-kjt-row-count') ?? 0) }));
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    } finally {
      setIsExporting(false);
    }
  };

  const columns: TableColumnsType<MemberView> = [
    { title: t('registry.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/enterprises/${encodeURIComponent(row.uscc)}/portrait`}>{name}</Link> },
    { title: t('registry.uscc'), dataIndex: 'uscc', width: 190, render: (uscc: string) => <Typography.Text code>{uscc}</Typography.Text> },
    { title: t('registry.district'), dataIndex: 'districtCode', width: language === 'en-US' ? 160 : 110, render: (code: string | null) => districtName(code, language) },
    { title: t('registry.industry'), dataIndex: 'industryCode', width: 90, render: (code: string | null) => code ?? '—' },
    { title: t('cultivation.tier'), dataIndex: 'tierCode', width: 130, render: (code: string) => { const name = tierNames.get(code); return name ? pick(name) : code; } },
    { title: t('cultivation.since'), dataIndex: 'since', width: 120 },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Select<string>
            allowClear
            placeholder={t('cultivation.allTiers')}
            style={{ width: 160 }}
            value={filters.tierCode}
            onChange={(value) => filter({ tierCode: value })}
            options={[...tierNames].map(([code, name]) => ({ value: code, label: pick(name) }))}
            data-testid="member-tier-filter"
          />
          <Select<string>
            allowClear
            placeholder={t('registry.district')}
            style={{ width: 160 }}
            value={filters.districtCode}
            onChange={(value) => filter({ districtCode: value })}
            options={districts.map((district) => ({ value: district.code, label: districtName(district.code, language) }))}
            data-testid="member-district-filter"
          />
        </Space>
        <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportMembers()} data-testid="export-members">
          {t('registry.export')}
        </Button>
      </Space>
      <ErrorAlert error={members.error} />
      <Table<MemberView>
        rowKey="uscc"
        size="middle"
        columns={columns}
        dataSource={members.data?.items ?? []}
        loading={members.isLoading}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('cultivation.noMembers') }}
        data-testid="members-table"
        pagination={{ current: page, pageSize, total: members.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
      />
    </>
  );
}
