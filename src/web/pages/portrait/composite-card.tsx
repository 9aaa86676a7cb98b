import { Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import type { Portrait } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PeerPercentile } from './peer-percentile.tsx';

const CompositeRadarChart = lazy(() => import('./composite-radar-chart.tsx'));

/** 科创指数: the composite total and grade, its dimensions on a radar, and where it stands in its district and industry. */
export function CompositeCard({ composite, isOfficial }: { composite: Portrait['composite']; isOfficial: boolean }) {
  const { t } = useI18n();
  const title = (
    <Space size={8}>
      {t('portrait.composite')}
      {isOfficial ? null : <Tag>{t('portrait.notOfficial')}</Tag>}
    </Space>
  );
  if (!composite) {
    return (
      <Card title={title} size="small" style={{ height: '100%' }}>
        <Empty description={t('portrait.noComposite')} />
      </Card>
    );
  }
  const extra = (
    <Space size={16} data-testid="composite-total">
      <span>
        <Typography.Text type="secondary">{t('portrait.compositeTotal')} </Typography.Text>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {composite.total ?? '—'}
        </Typography.Text>
      </span>
      <span>
        <Typography.Text type="secondary">{t('portrait.grade')} </Typography.Text>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {composite.grade ?? '—'}
        </Typography.Text>
      </span>
    </Space>
  );
  return (
    <Card title={title} extra={extra} size="small" style={{ height: '100%' }} data-testid="composite-card">
      <Suspense fallback={<Skeleton active />}>
        <CompositeRadarChart dimensions={composite.dimensions} />
      </Suspense>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('portrait.percentiles')}
      </Typography.Text>
      <PeerPercentile scope="district" percentile={composite.inDistrict} />
      <PeerPercentile scope="industry" percentile={composite.inIndustry} />
    </Card>
  );
}
