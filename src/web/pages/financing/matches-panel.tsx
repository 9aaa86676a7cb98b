import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import type { ApiError } from '../../api/api-client.ts';
import type { ProductMatch } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { productTypeName } from '../../i18n/financing-names.ts';
import { amountRange, productName, rateRange } from './product-terms.ts';

interface Props {
  matches: ProductMatch[] | undefined;
  isLoading: boolean;
  error: ApiError | undefined;
}

/** 匹配的产品: eligible products first, each with the rules it meets; then the others with the rule that failed. */
export function MatchesPanel({ matches, isLoading, error }: Props) {
  const { t } = useI18n();
  const eligible = (matches ?? []).filter((match) => match.isEligible);
  const ineligible = (matches ?? []).filter((match) => !match.isEligible);
  return (
    <Card title={t('matches.title')} size="small" data-testid="matches-panel" styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto' } }}>
      <ErrorAlert error={error} />
      {!matches && !isLoading ? <Typography.Text type="secondary">{t('matches.hint')}</Typography.Text> : null}
      {isLoading && !matches ? <Skeleton active /> : null}
      {matches && matches.length === 0 ? <Empty description={t('matches.none')} /> : null}
      {matches && matches.length > 0 ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%', opacity: isLoading ? 0.6 : 1 }}>
          <Typography.Text strong>{t('matches.eligible', { count: eligible.length })}</Typography.Text>
          {eligible.map((match) => (
            <MatchCard key={match.product.id} match={match} />
          ))}
          {ineligible.length > 0 ? <Typography.Text strong>{t('matches.ineligible', { count: ineligible.length })}</Typography.Text> : null}
          {ineligible.map((match) => (
            <MatchCard key={match.product.id} match={match} />
          ))}
        </Space>
      ) : null}
    </Card>
  );
}

function MatchCard({ match }: { match: ProductMatch }) {
  const { t, pick, language } = useI18n();
  const { product } = match;
  return (
    <div
      data-testid={match.isEligible ? 'match-eligible' : 'match-ineligible'}
      style={{ border: '1px solid rgba(5,5,5,0.08)', borderInlineStart: `3px solid ${match.isEligible ? '#52c41a' : '#d9d9d9'}`, borderRadius: 6, padding: '8px 12px' }}
    >
      <Space wrap size={6} style={{ marginBottom: 4 }}>
        <Typography.Text strong>{productName(product, language)}</Typography.Text>
        <Tag>{productTypeName(product.productType, language)}</Tag>
        <Tag color={match.isEligible ? 'success' : 'default'}>{match.isEligible ? t('matches.eligibleTag') : t('matches.ineligibleTag')}</Tag>
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {product.institution.name} · {amountRange(product, language)} · {rateRange(product)}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 0, listStyle: 'none' }} data-testid="match-reasons">
        {match.reasons.map((reason, index) => (
          <li key={index} style={{ fontSize: 13 }}>
            {match.isEligible ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />} {pick(reason)}
          </li>
        ))}
      </ul>
    </div>
  );
}
