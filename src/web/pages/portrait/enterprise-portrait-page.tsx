import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { cultivationApi } from '../../api/cultivation-api.ts';
import { evaluationApi } from '../../api/evaluation-api.ts';
import type { EnterpriseCultivation, Portrait, RuleSetSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link, navigate } from '../../routing/router.tsx';
import { useCurrentUser, useSession } from '../../session/session-context.tsx';
import { tierNamesOf, type TierNames } from '../cultivation/tier-names.ts';
import { listHref } from '../registry/registry-query.ts';
import { CompositeCard } from './composite-card.tsx';
import { PortraitHeader } from './portrait-header.tsx';
import { QualificationsCard } from './qualifications-card.tsx';
import { RuleSetResultCard } from './rule-set-result-card.tsx';
import { TierHistoryCard } from './tier-history-card.tsx';
import { UpcomingHistoryCard } from './upcoming-history-card.tsx';

/** 全景画像: one enterprise's qualifications, every rule set's verdict with its breakdown and gaps, its index among peers, and its tier. */
export function EnterprisePortraitPage({ uscc }: { uscc: string }) {
  const { t, pick } = useI18n();
  const { user } = useCurrentUser();
  const { can } = useSession();
  const portrait = useApi(() => evaluationApi.portrait(uscc), [uscc]);
  const cultivation = useApi(() => cultivationApi.ofEnterprise(uscc), [uscc]);
  const ruleSets = useApi(() => evaluationApi.ruleSets(), []);
  // Tier names come from the tier set where the user may read it; an enterprise sees its current tier's name.
  const canReadTiers = can('cultivation.read');
  const tiers = useApi(() => (canReadTiers ? cultivationApi.tiers() : Promise.resolve(undefined)), [canReadTiers]);
  const reload = () => {
    portrait.reload();
    cultivation.reload();
  };

  const back =
    user.role === 'enterprise' ? null : (
      <Link to={listHref()}>
        <Space size={4}>
          <ArrowLeftOutlined />
          {t('detail.back')}
        </Space>
      </Link>
    );
  if (portrait.error?.status === 404) {
    return (
      <>
        {back}
        <div data-testid="portrait-not-found">
          <Result status="404" title={t('portrait.notFound')} subTitle={pick(portrait.error.messages)} extra={<Button onClick={() => navigate('/')}>{t('portrait.notFoundBack')}</Button>} />
        </div>
      </>
    );
  }
  const tierNames = tierNamesOf([...(tiers.data?.tiers ?? []), ...(cultivation.data?.tierNames ?? [])]);
  return (
    <>
      {back}
      <ErrorAlert error={portrait.error} />
      {portrait.isLoading && !portrait.data ? <Skeleton active style={{ marginTop: 16 }} /> : null}
      {portrait.data ? <PortraitBody portrait={portrait.data} cultivation={cultivation.data} ruleSets={ruleSets.data ?? []} tierNames={tierNames} onReevaluated={reload} /> : null}
    </>
  );
}

interface BodyProps {
  portrait: Portrait;
  cultivation: EnterpriseCultivation | undefined;
  ruleSets: RuleSetSummary[];
  tierNames: TierNames;
  onReevaluated(): void;
}

function PortraitBody({ portrait, cultivation, ruleSets, tierNames, onReevaluated }: BodyProps) {
  const { t } = useI18n();
  const compositeResult = portrait.results.find((result) => result.ruleSetId === portrait.composite?.ruleSetId);
  return (
    <div data-testid="portrait">
      <PortraitHeader enterprise={portrait.enterprise} tier={cultivation?.tier} onReevaluated={onReevaluated} />
      {portrait.isStored ? null : <Alert type="info" showIcon title={t('portrait.notStored')} style={{ marginBottom: 16 }} data-testid="portrait-not-stored" />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <CompositeCard composite={portrait.composite} isOfficial={compositeResult?.isOfficial ?? false} />
        </Col>
        <Col xs={24} xl={12}>
          <QualificationsCard qualifications={portrait.qualifications} />
          <TierHistoryCard history={cultivation?.history ?? []} tierNames={tierNames} />
        </Col>
      </Row>
      <Typography.Title level={4}>{t('portrait.results')}</Typography.Title>
      {portrait.results.map((result) => (
        <RuleSetResultCard key={result.ruleSetId} result={result} ruleSet={ruleSets.find((ruleSet) => ruleSet.id === result.ruleSetId)} />
      ))}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <UpcomingHistoryCard kind="financing" />
        </Col>
        <Col xs={24} md={12}>
          <UpcomingHistoryCard kind="subsidies" />
        </Col>
      </Row>
    </div>
  );
}
