import { Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ImportStart } from './import-start.tsx';
import { ImportView } from './import-view.tsx';
import { RecentImports } from './recent-imports.tsx';

/**
 * 数据导入: choose the kind of list, download its template, upload the file, read the preview, commit.
 * `/imports/<id>` is one import, so a reload or a link from 最近导入 returns to it.
 */
export function ImportsPage({ importId }: { importId?: string }) {
  const { t } = useI18n();
  // The list below follows the import shown above (its status and totals change as it goes).
  const [shownStatus, setShownStatus] = useState<string | undefined>(undefined);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      {importId ? <ImportView key={importId} importId={importId} onStatus={setShownStatus} /> : <ImportStart />}
      <RecentImports currentId={importId} refreshKey={`${importId ?? ''}:${shownStatus ?? ''}`} />
    </>
  );
}
