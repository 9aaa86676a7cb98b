import { Select } from 'antd';
import type { DemandBand } from '../../api/financing-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { bandName, demandBands } from '../../i18n/financing-names.ts';
import type { DemandList } from './use-demand-list.ts';

/** The status-band filter above a demand list (待接单, 办理中 …); empty for every band. */
export function BandFilter({ list, testId }: { list: DemandList; testId?: string }) {
  const { t, language } = useI18n();
  return (
    <Select<DemandBand>
      allowClear
      placeholder={t('oversight.allBands')}
      style={{ width: 180 }}
      value={list.band}
      onChange={list.setBand}
      options={demandBands.map((value) => ({ value, label: bandName(value, language) }))}
      data-testid={testId}
    />
  );
}
