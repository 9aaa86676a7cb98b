import { Card, Collapse, Space, Tag, Typography } from 'antd';
import type { RuleSetSummary, StoredResult } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { GapAnalysis } from './gap-analysis.tsx';
import { IndicatorBreakdownTable } from './indicator-breakdown-table.tsx';
import { formatTotal } from './portrait-format.ts';
import { ResultStatusTag } from './result-status-tag.tsx';

/** One rule set's verdict: status, score and grade, its basis, why, the gap to passing, and every indicator. */
export function RuleSetResultCard({ result, ruleSet }: { result: StoredResult; ruleSet: RuleSetSummary | undefined }) {
  const { t, pick } = useI18n();
  const hasScore = result.totalLow !== null || result.totalHigh !== null;
  const title = (
    <Space size={[8, 4]} wrap>
      <span>{pick(result.name)}</span>
      <ResultStatusTag status={result.status} />
      {result.isOfficial ? null : <Tag color="default">{t('portrait.notOfficial')}</Tag>}
      {result.needsOfficialCheck ? <Tag color="gold">{t('portrait.needsOfficialCheck')}</Tag> : null}
    </Space>
  );
  const score = hasScore ? (
    <Space size={16}>
      <span>
        <Typography.Text type="secondary">{t('portrait.total')} </Typography.Text>
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="result-total">
          {formatTotal(result.totalLow, result.totalHigh)}
        </Typography.Text>
      </span>
      {result.grade ? (
        <span>
          <Typography.Text type="secondary">{t('portrait.grade')} </Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {result.grade}
          </Typography.Text>
        </span>
      ) : null}
    </Space>
  ) : null;
  const basis = [
    ...(ruleSet?.documents.map((document) => `${document.number}《${document.title}》`) ?? []),
    t('portrait.version', { version: result.ruleSetVersion }),
    t('portrait.asOf', { date: result.asOf }),
    ...(result.evaluatedAt ? [t('portrait.evaluatedAt', { time: formatDateTime(result.evaluatedAt) })] : []),
  ];
  const { reasons, missingFacts, passedByDirectRoute } = result.result;
  return (
    <Card title={title} extra={score} size="small" style={{ marginBottom: 16 }} data-testid="rule-set-card" data-rule-set={result.ruleSetId}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('portrait.labelled', { label: t('portrait.document') })}
        {basis.join(' · ')}
      </Typography.Paragraph>
      {passedByDirectRoute ? <Typography.Paragraph>{t('portrait.directRoute', { route: passedByDirectRoute })}</Typography.Paragraph> : null}
      {reasons.length > 0 ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('portrait.reasons')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="result-reasons">
            {reasons.map((reason, index) => (
              <li key={index}>{pick(reason)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {missingFacts.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('portrait.labelled', { label: t('portrait.missingFacts') })}
          {missingFacts.join(t('portrait.listSeparator'))}
        </Typography.Paragraph>
      ) : null}
      {result.gaps && result.status !== 'pass' ? <GapAnalysis gaps={result.gaps} /> : null}
      <Collapse
        size="small"
        ghost
        items={[{ key: 'breakdown', label: t('portrait.breakdown'), children: <IndicatorBreakdownTable indicators={result.result.indicators} /> }]}
      />
    </Card>
  );
}
