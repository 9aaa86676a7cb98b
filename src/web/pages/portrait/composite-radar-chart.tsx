import { RadarChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { theme } from 'antd';
import { useEffect, useRef } from 'react';
import type { Portrait } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

echarts.use([RadarChart, TooltipComponent, CanvasRenderer]);

type Dimension = NonNullable<Portrait['composite']>['dimensions'][number];

/** The composite's dimensions on a 0–100 radar; a dimension with no score sits at 0 and says so in its label. */
export default function CompositeRadarChart({ dimensions }: { dimensions: Dimension[] }) {
  const { t, pick } = useI18n();
  const { token } = theme.useToken();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      radar: {
        radius: '66%',
        indicator: dimensions.map((dimension) => ({ name: `${pick(dimension.name)}\n${dimension.score ?? '—'}`, max: 100 })),
        axisName: { color: token.colorText, fontFamily: token.fontFamily, lineHeight: 16 },
        splitArea: { areaStyle: { color: [token.colorFillQuaternary, token.colorBgContainer] } },
      },
      series: [
        {
          type: 'radar',
          name: t('portrait.radar'),
          data: [{ value: dimensions.map((dimension) => dimension.score ?? 0), name: t('portrait.composite') }],
          itemStyle: { color: token.colorPrimary },
          areaStyle: { opacity: 0.2 },
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [dimensions, t, pick, token]);

  return <div ref={element} role="img" aria-label={t('portrait.radar')} style={{ width: '100%', height: 300 }} data-testid="composite-radar" />;
}
