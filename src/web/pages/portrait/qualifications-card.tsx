import { Card, Empty, List, Tag, Typography } from 'antd';
import type { Portrait } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { qualificationName } from '../../i18n/registry-names.ts';

type Qualification = Portrait['qualifications'][number];

/** 资质: each certificate with its number, validity window and whether it is valid today. */
export function QualificationsCard({ qualifications }: { qualifications: Qualification[] }) {
  const { t, language } = useI18n();
  return (
    <Card title={t('portrait.qualifications')} size="small" style={{ marginBottom: 16 }} data-testid="portrait-qualifications">
      {qualifications.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portrait.noQualifications')} />
      ) : (
        <List<Qualification>
          size="small"
          dataSource={qualifications}
          renderItem={(qualification) => (
            <List.Item style={{ paddingInline: 0 }} extra={<Tag color={qualification.isValid ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>{t(qualification.isValid ? 'portrait.valid' : 'portrait.notValid')}</Tag>}>
              <List.Item.Meta
                title={qualificationName(qualification.kind, language)}
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {qualification.certificateNumber} · {t('portrait.validity', { from: qualification.validFrom ?? '—', to: qualification.validTo ?? t('portrait.openEnded') })}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
