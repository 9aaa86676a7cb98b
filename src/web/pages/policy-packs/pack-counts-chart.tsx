import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { theme } from 'antd';
import { useEffect, useRef } from 'react';
import type { PolicyPackSummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const bars: Array<{ key: keyof PolicyPackSummary['counts']; label: MessageKey; isWarning?: boolean }> = [
  { key: 'departments', label: 'policy.count.departments' },
  { key: 'targets', label: 'policy.count.targets' },
  { key: 'subsidyLines', label: 'policy.count.subsidyLines' },
  { key: 'openParameters', label: 'policy.count.openParameters', isWarning: true },
  { key: 'mainTasks', label: 'policy.count.mainTasks' },
  { key: 'keyTasks', label: 'policy.count.keyTasks' },
];

/** How many departments, targets, subsidy lines, open parameters and tasks the pack holds: counts from the server, nothing else. */
export default function PackCountsChart({ counts }: { counts: PolicyPackSummary['counts'] }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    const ordered = [...bars].reverse(); // ECharts draws the first category at the bottom
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: ordered.map((bar) => t(bar.label)), axisLabel: { fontFamily: token.fontFamily } },
      series: [
        {
          type: 'bar',
          name: t('policy.counts'),
          data: ordered.map((bar) => ({ value: counts[bar.key], itemStyle: { color: bar.isWarning ? token.colorWarning : token.colorPrimary } })),
          label: { show: true, position: 'right' },
          barMaxWidth: 18,
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [counts, t, token]);

  return <div ref={element} role="img" aria-label={t('policy.counts')} style={{ width: '100%', height: 240 }} data-testid="pack-counts-chart" />;
}
