import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { demandsApi, type DemandAudience } from '../../api/financing-api.ts';
import { useApi } from '../../api/use-api.ts';
import { DeniedResult } from '../../components/denied-result.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link } from '../../routing/router.tsx';
import { useCurrentUser, useSession } from '../../session/session-context.tsx';
import { ClaimsTable } from './claims-table.tsx';
import { DemandFacts } from './demand-facts.tsx';
import { DemandStatusTag } from './demand-status-tag.tsx';
import { DemandTimeline } from './demand-timeline.tsx';
import { EnterpriseDemandPanel } from './enterprise-demand-panel.tsx';
import { EquityInterestsCard } from './equity-interests-card.tsx';
import { InstitutionDemandPanel } from './institution-demand-panel.tsx';

const listPaths: Record<DemandAudience, string> = { enterprise: '/financing/my-demands', institution: '/financing/inbox', overseer: '/financing/demands' };

/** The side of a demand the reader is on: its enterprise, an institution, or an overseer. */
function useAudience(): DemandAudience | undefined {
  const { user } = useCurrentUser();
  const { can } = useSession();
  if (user.role === 'enterprise' && can('financing.demand')) return 'enterprise';
  if (user.role === 'institution' && can('financing.handle')) return 'institution';
  if (can('financing.supervise')) return 'overseer';
  return undefined;
}

/** One financing demand: what was asked, each institution's handling with its deadlines, and the timeline. */
export function DemandDetailPage({ demandId }: { demandId: string }) {
  const audience = useAudience();
  if (!audience) return <DeniedResult />;
  return <DemandDetail demandId={demandId} audience={audience} />;
}

function DemandDetail({ demandId, audience }: { demandId: string; audience: DemandAudience }) {
  const { t } = useI18n();
  const demand = useApi(() => demandsApi.get(audience, demandId), [audience, demandId]);
  const view = demand.data;
  return (
    <>
      <Link to={listPaths[audience]}>
        <ArrowLeftOutlined /> {t('demand.back')}
      </Link>
      <Space style={{ display: 'flex', margin: '12px 0 16px' }} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('demand.detail')}
        </Typography.Title>
        {view ? <DemandStatusTag status={view.status} name={view.statusName} /> : null}
      </Space>
      <ErrorAlert error={demand.error} />
      {demand.isLoading && !view ? <Skeleton active /> : null}
      {view ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <DemandFacts demand={view} hasEnterprise={audience !== 'enterprise'} />
            </Col>
            <Col xs={24} xl={9}>
              <Card title={t('demand.timeline')} size="small" style={{ marginBottom: 16 }}>
                <DemandTimeline timeline={view.timeline} />
              </Card>
              {view.kind === 'equity' && audience !== 'institution' ? <EquityInterestsCard interests={view.interests} /> : null}
            </Col>
          </Row>
          {audience === 'enterprise' ? <EnterpriseDemandPanel demand={view} onChanged={demand.reload} /> : null}
          {audience === 'institution' ? <InstitutionDemandPanel demand={view} onChanged={demand.reload} /> : null}
          {audience === 'overseer' ? <ClaimsTable claims={view.claims} hasRatings /> : null}
        </>
      ) : null}
    </>
  );
}

