import { Timeline, Typography } from 'antd';
import type { DemandView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandEventName, demandStatusName } from '../../i18n/financing-names.ts';

type TimelineEntry = DemandView['timeline'][number];

function colourOf(entry: TimelineEntry): string {
  if (entry.event === 'approved') return 'green';
  if (entry.toStatus >= 400 && entry.toStatus < 500) return 'red';
  if (entry.event === 'withdrawn') return 'gray';
  return 'blue';
}

/** 办理进度: every step of the demand, when and by whom, with the status it led to. */
export function DemandTimeline({ timeline }: { timeline: DemandView['timeline'] }) {
  const { t, language } = useI18n();
  return (
    <Timeline
      data-testid="demand-timeline"
      items={timeline.map((entry, index) => ({
        key: index,
        color: colourOf(entry),
        title: formatDateTime(entry.at).slice(0, 16),
        content: (
          <div data-testid="timeline-entry" data-event={entry.event}>
            <Typography.Text strong>{demandEventName(entry.event, language)}</Typography.Text>
            {entry.fromStatus !== entry.toStatus && demandStatusName(entry.toStatus, language) !== demandEventName(entry.event, language) ? (
              <Typography.Text type="secondary">
                {' '}
                → {demandStatusName(entry.toStatus, language)}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('demand.actor')}：{entry.actor}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
