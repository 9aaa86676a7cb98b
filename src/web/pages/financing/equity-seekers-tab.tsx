import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { cultivationApi } from '../../api/cultivation-api.ts';
import { equityApi } from '../../api/financing-api.ts';
import type { EquitySeeker } from '../../api/types.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { saveFile } from '../../components/save-file.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { formatFen } from '../../format/format-money.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandStatusColour, demandStatusName } from '../../i18n/financing-names.ts';
import { districtName } from '../../i18n/registry-names.ts';
import { Link } from '../../routing/router.tsx';
import { tierNamesOf } from '../cultivation/tier-names.ts';

/** 寻求股权融资的企业: the live list (read afresh on every visit) and the same list as an Excel file. */
export function EquitySeekersTab() {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const seekers = useApi(() => equityApi.seekers(), []);
  const tiers = useApi(() => cultivationApi.tiers(), []);
  const tierNames = tierNamesOf(tiers.data?.tiers ?? []);
  const [isExporting, setIsExporting] = useState(false);
  const exportSeekers = async () => {
    setIsExporting(true);
    try {
      const download = await equityApi.exportSeekers();
      saveFile(download.blob, download.fileName);
      void message.success(t('equity.exported', { count: Number(download.headers.get('x-kjt-row-count') ?? seekers.data?.length ?? 0) }));
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    } finally {
      setIsExporting(false);
    }
  };
  const columns: TableColumnsType<EquitySeeker> = [
    {
      title: t('equity.enterprise'),
      key: 'enterprise',
      render: (_, row) => (
        <>
          <Link to={`/financing/demands/${encodeURIComponent(row.demandId)}`}>{row.enterprise.name}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {districtName(row.enterprise.districtCode, language)}
          </Typography.Text>
        </>
      ),
    },
    { title: t('equity.amount'), dataIndex: 'amountFen', width: 130, align: 'right', render: (fen: number) => formatFen(fen, language) },
    { title: t('equity.round'), dataIndex: 'equityRound', width: 70, render: (round: string | null) => round ?? '—' },
    { title: t('equity.valuation'), dataIndex: 'valuationFen', width: 130, align: 'right', render: (fen: number | null) => (fen === null ? '—' : formatFen(fen, language)) },
    { title: t('equity.tier'), dataIndex: 'tierCode', width: 110, render: (code: string | null) => (code ? (tierNames.get(code) ? pick(tierNames.get(code)!) : code) : '—') },
    { title: t('equity.grade'), dataIndex: 'compositeGrade', width: 110, render: (grade: string | null) => grade ?? '—' },
    { title: t('equity.interested'), dataIndex: 'interestedInvestors', width: 120, align: 'right' },
    { title: t('roadshow.status'), dataIndex: 'status', width: 100, render: (status: number) => <Tag color={demandStatusColour(status)}>{demandStatusName(status, language)}</Tag> },
    { title: t('equity.postedAt'), dataIndex: 'postedAt', width: 150, render: (value: string) => formatDateTime(value).slice(0, 16) },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('equity.seekersNote')}</Typography.Text>
        <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportSeekers()} data-testid="export-equity-seekers">
          {t('registry.export')}
        </Button>
      </Space>
      <ErrorAlert error={seekers.error} />
      <Table<EquitySeeker> rowKey="demandId" size="middle" columns={columns} dataSource={seekers.data ?? []} loading={seekers.isLoading} pagination={false} locale={{ emptyText: t('equity.none') }} data-testid="equity-seekers" />
    </>
  );
}
