import { Tag } from 'antd';
import type { StoredResult } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { resultStatusColours } from './portrait-format.ts';

/** 通过 (green) / 未通过 (red) / 待人工审核 (orange). */
export function ResultStatusTag({ status }: { status: StoredResult['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={resultStatusColours[status]} data-testid="result-status" style={{ marginInlineEnd: 0 }}>
      {t(`portrait.status.${status}`)}
    </Tag>
  );
}
