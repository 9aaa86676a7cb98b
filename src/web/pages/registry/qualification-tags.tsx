import { Space, Tag } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { qualificationName } from '../../i18n/registry-names.ts';

const colours: Record<string, string> = {
  high_tech_enterprise: 'blue',
  tech_sme: 'cyan',
  innovative_sme: 'geekblue',
  specialised_sme: 'purple',
  little_giant: 'magenta',
  talent_enterprise: 'gold',
  listed: 'red',
  quoted: 'volcano',
};

/** Qualifications as coloured tags, one colour per kind so that a column of them scans quickly. */
export function QualificationTags({ kinds }: { kinds: readonly string[] }) {
  const { language } = useI18n();
  if (kinds.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap>
      {kinds.map((kind) => (
        <Tag key={kind} color={colours[kind] ?? 'default'} style={{ marginInlineEnd: 0 }}>
          {qualificationName(kind, language)}
        </Tag>
      ))}
    </Space>
  );
}
