import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandStatusColour } from '../../i18n/financing-names.ts';
import type { Bilingual } from '../../i18n/language.ts';

/** A demand's status as the server names it (待接单, 办理中, 已获批 …), coloured by its band. */
export function DemandStatusTag({ status, name }: { status: number; name: Bilingual }) {
  const { pick } = useI18n();
  return (
    <Tag color={demandStatusColour(status)} data-testid="demand-status" data-status={status}>
      {pick(name)}
    </Tag>
  );
}
