import { Select } from 'antd';
import { institutionsApi } from '../../api/financing-api.ts';
import { useApi } from '../../api/use-api.ts';
import { organisationTypeName } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface Props {
  value?: string[];
  onChange?(codes: string[]): void;
  /** Only these institution types (a referral to a guarantor, say); all when absent. */
  types?: readonly string[];
  /** Institutions not to offer (those a demand already went to). */
  excludedCodes?: readonly string[];
  testId?: string;
}

/** Picks institutions from the public registry, by name, with their type. */
export function InstitutionPicker({ value, onChange, types, excludedCodes = [], testId }: Props) {
  const { language } = useI18n();
  const registry = useApi(() => institutionsApi.registry(), []);
  const items = (registry.data?.items ?? []).filter((item) => (!types || types.includes(item.type)) && !excludedCodes.includes(item.code));
  return (
    <Select<string[]>
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={registry.isLoading}
      optionFilterProp="label"
      options={items.map((item) => ({ value: item.code, label: language === 'en-US' ? `${item.nameEn || item.name} (${organisationTypeName(item.type, language)})` : `${item.name}（${organisationTypeName(item.type, language)}）` }))}
      data-testid={testId}
    />
  );
}
