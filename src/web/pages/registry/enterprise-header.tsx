import { RadarChartOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import type { EnterpriseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { districtName, enterpriseStatusName } from '../../i18n/registry-names.ts';
import { navigate } from '../../routing/router.tsx';
import { useSession } from '../../session/session-context.tsx';
import { QualificationTags } from './qualification-tags.tsx';

/** The enterprise's name, USCC, district, status and the qualifications valid today. */
export function EnterpriseHeader({ detail }: { detail: EnterpriseDetail }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const { profile } = detail;
  const validKinds = [...new Set(detail.qualifications.filter((qualification) => qualification.isValidToday).map((qualification) => qualification.kind))];
  return (
    <div style={{ margin: '12px 0 16px' }}>
      <div style={{ display: 'flex', gap: 16, justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="enterprise-name">
          {String(profile.values.name ?? profile.uscc)}
        </Typography.Title>
        {can('evaluation.read') ? (
          <Button icon={<RadarChartOutlined />} onClick={() => navigate(`/enterprises/${encodeURIComponent(profile.uscc)}/portrait`)} data-testid="open-portrait">
            {t('portrait.open')}
          </Button>
        ) : null}
      </div>
      <Space size={[12, 6]} wrap style={{ marginTop: 8 }}>
        <span>
          <Typography.Text type="secondary">{t('registry.uscc')}：</Typography.Text>
          <Typography.Text code copyable data-testid="enterprise-uscc">
            {profile.uscc}
          </Typography.Text>
        </span>
        <Tag>{districtName(profile.values.districtCode as string | null, language)}</Tag>
        <Tag color={profile.values.status === 'active' ? 'green' : 'red'}>{enterpriseStatusName(profile.values.status as string | null, language)}</Tag>
        <QualificationTags kinds={validKinds} />
      </Space>
      {profile.usccExceptionReason ? <Alert type="warning" showIcon title={t('detail.usccException', { reason: profile.usccExceptionReason })} style={{ marginTop: 12 }} /> : null}
    </div>
  );
}
