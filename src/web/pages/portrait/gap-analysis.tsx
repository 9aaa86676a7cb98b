import { Empty, List, Typography } from 'antd';
import type { GapAnalysis as Gaps } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 差距分析: the smallest changes to the enterprise's own figures that would pass, as options, and what figures cannot fix. */
export function GapAnalysis({ gaps }: { gaps: Gaps }) {
  const { t, pick, language } = useI18n();
  return (
    <div data-testid="gap-analysis">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('gaps.title')}
      </Typography.Title>
      {gaps.plans.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('gaps.noPlan')}</Typography.Paragraph>
      ) : (
        <ol style={{ listStyle: 'none', paddingInlineStart: 0, margin: '0 0 12px' }}>
          {gaps.plans.map((plan, index) => (
            <li key={index} data-testid="gap-plan" style={{ marginBottom: 6 }}>
              <Typography.Text strong>{t('gaps.plan', { number: index + 1 })}</Typography.Text>
              {plan.changes.length === 1 ? (
                <span>{language === 'en-US' ? plan.changes[0]?.messageEn : plan.changes[0]?.messageZh}</span>
              ) : (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {plan.changes.map((change) => (
                    <li key={`${change.indicatorCode}-${change.change.field}`}>{language === 'en-US' ? change.messageEn : change.messageZh}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {gaps.unresolved.length > 0 ? (
        <List
          size="small"
          header={<Typography.Text type="secondary">{t('gaps.unresolved')}</Typography.Text>}
          dataSource={gaps.unresolved}
          renderItem={(item) => (
            <List.Item style={{ paddingInline: 0 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 8 }}>
                {item.indicatorCode}
              </Typography.Text>
              <span style={{ flex: 1 }}>{pick(item.reason)}</span>
            </List.Item>
          )}
        />
      ) : null}
      {gaps.plans.length === 0 && gaps.unresolved.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gaps.passed')} /> : null}
    </div>
  );
}
