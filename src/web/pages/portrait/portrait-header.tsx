import { FileSearchOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import type { EnterpriseCultivation, Portrait } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { industrySection } from '../../i18n/industry-sections.ts';
import { districtName, sizeClassName } from '../../i18n/registry-names.ts';
import { navigate } from '../../routing/router.tsx';
import { useSession } from '../../session/session-context.tsx';
import { ReevaluateButton } from './reevaluate-button.tsx';

interface Props {
  enterprise: Portrait['enterprise'];
  tier: EnterpriseCultivation['tier'] | undefined;
  onReevaluated(): void;
}

/** The enterprise's name, USCC, district, industry and tier; the way to its sources, and re-evaluation for officers. */
export function PortraitHeader({ enterprise, tier, onReevaluated }: Props) {
  const { t, pick, language } = useI18n();
  const { can } = useSession();
  const section = industrySection(enterprise.industryCode);
  return (
    <div style={{ margin: '12px 0 16px', display: 'flex', gap: 16, justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="portrait-name">
          {enterprise.name}
        </Typography.Title>
        <Space size={[12, 6]} wrap style={{ marginTop: 8 }}>
          <span>
            <Typography.Text type="secondary">{t('portrait.labelled', { label: t('registry.uscc') })}</Typography.Text>
            <Typography.Text code copyable>
              {enterprise.uscc}
            </Typography.Text>
          </span>
          <Tag>{districtName(enterprise.districtCode, language)}</Tag>
          {enterprise.industryCode ? (
            <span>
              <Typography.Text type="secondary">{t('portrait.labelled', { label: t('portrait.industry') })}</Typography.Text>
              {section ? t('common.withNote', { main: enterprise.industryCode, note: pick(section) }) : enterprise.industryCode}
            </span>
          ) : null}
          {enterprise.foundedOn ? (
            <span>
              <Typography.Text type="secondary">{t('portrait.labelled', { label: t('portrait.foundedOn') })}</Typography.Text>
              {enterprise.foundedOn}
            </span>
          ) : null}
          {enterprise.sizeClass ? <Tag>{sizeClassName(enterprise.sizeClass, language)}</Tag> : null}
          {tier === undefined ? null : (
            <Tag color={tier ? 'purple' : 'default'} data-testid="portrait-tier">
              {tier ? t('portrait.tierSince', { tier: pick(tier.name), since: tier.since }) : t('portrait.noTier')}
            </Tag>
          )}
        </Space>
      </div>
      <Space wrap>
        {can('registry.read') ? (
          <Button icon={<FileSearchOutlined />} title={t('portrait.sourcesHint')} onClick={() => navigate(`/enterprises/${encodeURIComponent(enterprise.uscc)}`)} data-testid="portrait-sources">
            {t('portrait.sources')}
          </Button>
        ) : null}
        {can('evaluation.run') ? <ReevaluateButton uscc={enterprise.uscc} onDone={onReevaluated} /> : null}
      </Space>
    </div>
  );
}
