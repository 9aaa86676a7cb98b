import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { policyPacksApi } from '../../api/platform-api.ts';
import type { PolicyPackDetail } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { formatServiceTerms } from '../../format/format-service-terms.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Link } from '../../routing/router.tsx';
import { KeyTasksTable, MainTasksTable } from './pack-tasks-tables.tsx';
import { PackStatusTags } from './pack-status-tags.tsx';
import { SubsidyLinesSection } from './subsidy-lines-section.tsx';
import { TargetsTable } from './targets-table.tsx';

// ECharts is large; it loads only when a pack is opened.
const PackCountsChart = lazy(() => import('./pack-counts-chart.tsx'));

/** One policy pack in full: the document, its targets, its subsidy lines (open parameters marked) and its tasks. */
export function PolicyPackDetailPage({ packId }: { packId: string }) {
  const { t } = useI18n();
  const pack = useApi(() => policyPacksApi.get(packId), [packId]);
  return (
    <>
      <Link to="/policy-packs">
        <Space size={4}>
          <ArrowLeftOutlined />
          {t('common.back')}
        </Space>
      </Link>
      <ErrorAlert error={pack.error} />
      {pack.isLoading && !pack.data ? <Skeleton active style={{ marginTop: 16 }} /> : null}
      {pack.data ? <PackDetail pack={pack.data} /> : null}
    </>
  );
}

function PackDetail({ pack }: { pack: PolicyPackDetail }) {
  const { t, pick, language } = useI18n();
  const { content } = pack;
  const { clause, ...serviceTerms } = content.serviceDeadlines ?? {};
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 12 }}>
        {pick(pack.title)}
      </Typography.Title>
      <Row gutter={[24, 24]} style={{ marginBottom: 24 }}>
        <Col xs={24} xl={15}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
            items={[
              { key: 'documentNumber', label: t('policy.documentNumber'), children: <Typography.Text strong data-testid="document-number">{pack.documentNumber}</Typography.Text> },
              { key: 'fileCode', label: t('policy.fileCode'), children: pack.fileCode ?? '—' },
              { key: 'issuer', label: t('policy.issuer'), span: 'filled', children: pick(pack.issuer) },
              { key: 'signedOn', label: t('policy.signedOn'), children: content.dates.signedOn ?? '—' },
              { key: 'printedOn', label: t('policy.printedOn'), children: content.dates.printedOn ?? '—' },
              { key: 'effectiveFrom', label: t('policy.effectiveFrom'), children: pack.effectiveFrom },
              { key: 'expiresOn', label: t('policy.expiresOn'), children: pack.expiresOn ?? t('policy.openEnded') },
              { key: 'status', label: t('policy.status'), children: <PackStatusTags pack={pack} /> },
              { key: 'loadedAt', label: t('policy.loadedAt'), children: formatDateTime(pack.loadedAt) },
              {
                key: 'serviceDeadlines',
                label: t('policy.serviceDeadlines'),
                span: 'filled',
                children: (
                  <span data-testid="pack-service-deadlines">
                    {content.serviceDeadlines ? `${formatServiceTerms(serviceTerms, language)}${clause ? t('policy.serviceDeadlinesClause', { clause }) : ''}` : t('policy.serviceDeadlinesDefault')}
                  </span>
                ),
              },
              {
                key: 'sha256',
                label: t('policy.sha256'),
                span: 'filled',
                children: (
                  <Typography.Text code copyable={{ text: pack.contentSha256 }}>
                    {pack.contentSha256.slice(0, 16)}…
                  </Typography.Text>
                ),
              },
            ]}
          />
          {content.dates.sourceText ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('policy.quoted', { text: content.dates.sourceText })}
            </Typography.Paragraph>
          ) : null}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('policy.counts')}>
            <Suspense fallback={<Skeleton active />}>
              <PackCountsChart counts={pack.counts} />
            </Suspense>
          </Card>
        </Col>
      </Row>
      <TargetsTable targets={content.targets} />
      <SubsidyLinesSection lines={content.subsidyLines} />
      <MainTasksTable tasks={content.mainTasks} departments={content.departments} />
      <KeyTasksTable tasks={content.keyTasks} departments={content.departments} />
    </>
  );
}
