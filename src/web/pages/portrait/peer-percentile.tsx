import { Progress, Typography } from 'antd';
import type { Portrait } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { industrySection } from '../../i18n/industry-sections.ts';
import { districtName } from '../../i18n/registry-names.ts';

type Percentile = NonNullable<Portrait['composite']>['inDistrict'];

/** "在吴兴区 11 家企业中高于 72.7%", or an honest "暂无可比企业" when there is nobody to compare with. */
export function PeerPercentile({ scope, percentile }: { scope: 'district' | 'industry'; percentile: Percentile }) {
  const { t, pick, language } = useI18n();
  const testId = `percentile-${scope}`;
  if (percentile.peers === 0 || percentile.percentile === null || percentile.peerGroup === null) {
    return (
      <Typography.Paragraph type="secondary" data-testid={testId}>
        {t('portrait.noPeers', { scope: t(scope === 'district' ? 'portrait.scopeDistrict' : 'portrait.scopeIndustry') })}
      </Typography.Paragraph>
    );
  }
  const section = industrySection(percentile.peerGroup);
  const group = scope === 'district' ? districtName(percentile.peerGroup, language) : section ? t('common.withNote', { main: percentile.peerGroup, note: pick(section) }) : percentile.peerGroup;
  const key = scope === 'district' ? 'portrait.inDistrict' : 'portrait.inIndustry';
  return (
    <div data-testid={testId} style={{ marginBottom: 8 }}>
      <Typography.Text>{t(key, { group, peers: percentile.peers, percentile: percentile.percentile })}</Typography.Text>
      <Progress percent={percentile.percentile} showInfo={false} size="small" />
    </div>
  );
}
