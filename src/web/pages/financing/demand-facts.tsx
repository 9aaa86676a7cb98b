import { Descriptions, Tag } from 'antd';
import type { DemandView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { formatFen } from '../../format/format-money.ts';
import { formatRateBp } from '../../format/format-rate.ts';
import { formatServiceTerms } from '../../format/format-service-terms.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { collateralName, demandKindName } from '../../i18n/financing-names.ts';
import { districtName } from '../../i18n/registry-names.ts';
import { DeadlineCountdown } from './deadline-countdown.tsx';

/** What was asked for, how it was sent, and until when institutions may claim it. */
export function DemandFacts({ demand, hasEnterprise }: { demand: DemandView; hasEnterprise: boolean }) {
  const { t, language } = useI18n();
  const items = [
    ...(hasEnterprise ? [{ key: 'enterprise', label: t('demand.enterprise'), children: `${demand.enterprise.name}（${districtName(demand.enterprise.districtCode, language)}）` }] : []),
    { key: 'kind', label: t('demand.kind'), children: demandKindName(demand.kind, language) },
    { key: 'amount', label: t('demand.amount'), children: formatFen(demand.amountFen, language) },
    { key: 'term', label: t('demand.term'), children: demand.termMonths ? t('demand.months', { n: demand.termMonths }) : '—' },
    { key: 'rate', label: t('demand.maxRateShort'), children: formatRateBp(demand.maxRateBp) },
    { key: 'purpose', label: t('demand.purpose'), children: demand.purpose, span: 2 },
    { key: 'collateral', label: t('demand.collateral'), children: demand.collateral.length ? demand.collateral.map((kind) => <Tag key={kind}>{collateralName(kind, language)}</Tag>) : '—' },
    ...(demand.kind === 'equity'
      ? [
          { key: 'round', label: t('demand.equityRound'), children: demand.equityRound ?? '—' },
          { key: 'valuation', label: t('demand.valuationWan'), children: demand.valuationFen === null ? '—' : formatFen(demand.valuationFen, language) },
        ]
      : []),
    { key: 'dispatch', label: t('demand.dispatch'), children: t(demand.dispatchMode === 'open' ? 'demand.dispatch.open' : 'demand.dispatch.chosen') },
    { key: 'cap', label: t('demand.claimCap'), children: t('demand.claimsCount', { count: demand.claimCount, cap: demand.claimCap }) },
    { key: 'posted', label: t('demand.postedAt'), children: formatDateTime(demand.postedAt) },
    {
      key: 'claimDeadline',
      label: t('demand.claimDeadline'),
      children: demand.status === 110 ? <DeadlineCountdown deadline={demand.claimDeadline} /> : formatDateTime(demand.claimDeadline) || '—',
    },
    {
      key: 'serviceTerms',
      label: t('demand.serviceTerms'),
      span: 2,
      children: (
        <span data-testid="demand-service-terms">
          {formatServiceTerms(demand.serviceTerms, language)}
          {demand.serviceTerms.source
            ? t('demand.serviceTermsFromPack', { packId: demand.serviceTerms.source.packId, clause: demand.serviceTerms.source.clause ?? '—' })
            : t('demand.serviceTermsDefault')}
        </span>
      ),
    },
    ...(demand.recipients.length
      ? [{ key: 'recipients', label: t('demand.recipients'), span: 2, children: demand.recipients.map((recipient) => <Tag key={recipient.id}>{recipient.name}</Tag>) }]
      : []),
  ];
  return <Descriptions bordered size="small" column={2} items={items} style={{ marginBottom: 16 }} data-testid="demand-facts" />;
}
