import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { enterprisesApi, type EnterpriseFilters } from '../../api/registry-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { saveFile } from '../../components/save-file.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 导出 Excel: the list as filtered now, as an .xlsx file; says how many rows and whether it was cut short. */
export function ExportButton({ filters }: { filters: EnterpriseFilters }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [isExporting, setIsExporting] = useState(false);
  const exportList = async () => {
    setIsExporting(true);
    try {
      const download = await enterprisesApi.export(filters);
      saveFile(download.blob, download.fileName);
      const count = Number(download.headers.get('x-kjt-row-count') ?? 0);
      if (download.headers.get('x-kjt-truncated') === 'true') void message.warning(t('registry.exportTruncated', { count }));
      else void message.success(t('registry.exported', { count }));
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    } finally {
      setIsExporting(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportList()} data-testid="export-excel">
      {t('registry.export')}
    </Button>
  );
}
