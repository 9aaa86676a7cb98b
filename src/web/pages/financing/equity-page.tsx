import { Tabs, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { EquitySeekersTab } from './equity-seekers-tab.tsx';
import { RoadshowsTab } from './roadshows-tab.tsx';

/** 股权融资与路演: overseers see the enterprises seeking equity (and export them); everyone sees the roadshows and registers for them. */
export function EquityPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const tabs = [
    ...(can('financing.supervise') ? [{ key: 'seekers', label: t('equity.seekersTab'), children: <EquitySeekersTab /> }] : []),
    { key: 'roadshows', label: t('equity.roadshowsTab'), children: <RoadshowsTab /> },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('equity.title')}
      </Typography.Title>
      <Tabs items={tabs} />
    </>
  );
}
