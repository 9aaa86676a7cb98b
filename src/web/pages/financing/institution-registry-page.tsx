import { Card, Col, Rate, Row, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { institutionsApi } from '../../api/financing-api.ts';
import type { InstitutionRegistry } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { organisationTypeName } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type Institution = InstitutionRegistry['items'][number];

function Flags({ institution }: { institution: Institution }) {
  const { t } = useI18n();
  const profile = institution.profile;
  if (!profile) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {profile.isTechFinanceSpecialised ? <Tag color="blue">{t('institution.specialised', { since: profile.techFinanceSpecialisedSince ?? '—' })}</Tag> : null}
      {profile.hasTechFinanceDivision ? <Tag color="cyan">{t('institution.division', { name: profile.techFinanceDivisionName ?? '—', since: profile.techFinanceDivisionSince ?? '—' })}</Tag> : null}
      {profile.isSettledInGreenFinanceCentre ? <Tag color="green">{t('institution.greenCentre', { since: profile.settledInGreenFinanceCentreSince ?? '—' })}</Tag> : null}
    </Space>
  );
}

type CountedTarget = InstitutionRegistry['sinceThePolicy']['targets'][number];

/** "/ 目标 10（2025-12-31 前，二、第三项）" beside a count the policy sets a target for. */
function TargetSuffix({ target }: { target: CountedTarget | undefined }) {
  const { t } = useI18n();
  if (!target) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid={`target-${target.code}`}>
      {t('institution.targetSuffix', { value: target.value, deadline: target.deadline, clause: target.clause })}
    </Typography.Text>
  );
}

/** 金融机构名录: institutions with their tech-finance set-up, active products and ratings, and what is new since the policy. */
export function InstitutionRegistryPage() {
  const { t, language } = useI18n();
  const registry = useApi(() => institutionsApi.registry(), []);
  const since = registry.data?.sinceThePolicy;
  const columns: TableColumnsType<Institution> = [
    { title: t('institution.name'), key: 'name', width: 280, render: (_, item) => (language === 'en-US' && item.nameEn ? item.nameEn : item.name) },
    { title: t('institution.type'), dataIndex: 'type', width: 140, render: (type: string) => organisationTypeName(type, language) },
    { title: t('institution.flags'), key: 'flags', render: (_, item) => <Flags institution={item} /> },
    { title: t('institution.activeProducts'), dataIndex: 'activeProducts', width: 110, align: 'right' },
    {
      title: t('institution.rating'),
      key: 'rating',
      width: 220,
      render: (_, item) =>
        item.rating.count === 0 ? (
          <Typography.Text type="secondary">{t('institution.noRating')}</Typography.Text>
        ) : (
          <Space size={6} data-testid="institution-rating">
            <Rate disabled allowHalf value={Math.round((item.rating.average ?? 0) * 2) / 2} style={{ fontSize: 14 }} />
            <Typography.Text type="secondary">{t('institution.ratingCount', { count: item.rating.count })}</Typography.Text>
          </Space>
        ),
    },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('institution.registry')}
      </Typography.Title>
      <ErrorAlert error={registry.error} />
      {since ? (
        <Card size="small" title={t('institution.sinceThePolicy', { since: since.since ?? '—' })} style={{ marginBottom: 16 }} data-testid="since-the-policy">
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('institution.newSpecialised')} value={since.specialisedInstitutions} suffix={<TargetSuffix target={since.targets.find((target) => target.counts === 'specialisedInstitutions')} />} />
            </Col>
            <Col span={6}>
              <Statistic title={t('institution.newDivisions')} value={since.techFinanceDivisions} />
            </Col>
            <Col span={6}>
              <Statistic title={t('institution.newSettled')} value={since.settledInGreenFinanceCentre} />
            </Col>
            <Col span={6}>
              <Statistic title={t('institution.newProducts')} value={since.newProducts} suffix={<TargetSuffix target={since.targets.find((target) => target.counts === 'newProducts')} />} />
            </Col>
          </Row>
        </Card>
      ) : null}
      <Table<Institution> rowKey="code" size="middle" columns={columns} dataSource={registry.data?.items ?? []} loading={registry.isLoading} pagination={false} scroll={{ x: 1000 }} data-testid="institution-registry" />
    </>
  );
}
