import { AutoComplete, Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { EnterpriseQuery, SizeClass } from '../../api/registry-api.ts';
import type { QualificationKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { industrySections } from '../../i18n/industry-sections.ts';
import { pick } from '../../i18n/language.ts';
import { districtName, districts, qualificationKinds, qualificationName, sizeClasses, sizeClassName } from '../../i18n/registry-names.ts';

export type FilterChange = Partial<Pick<EnterpriseQuery, 'search' | 'districtCode' | 'industryCode' | 'qualification' | 'sizeClass'>>;

/** Search (name or USCC), district, industry-code prefix, qualification and size; every change starts at page 1. */
export function RegistryFilters({ query, onChange, onReset }: { query: EnterpriseQuery; onChange(change: FilterChange): void; onReset(): void }) {
  const { t, language } = useI18n();
  const [search, setSearch] = useState(query.search ?? '');
  const [industry, setIndustry] = useState(query.industryCode ?? '');
  // The address may change under the page (back button, reset): follow it.
  useEffect(() => setSearch(query.search ?? ''), [query.search]);
  useEffect(() => setIndustry(query.industryCode ?? ''), [query.industryCode]);

  const applyIndustry = (value: string) => onChange({ industryCode: value.trim().toUpperCase().slice(0, 5) || undefined });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('registry.searchPlaceholder')}
        enterButton={t('common.search')}
        style={{ width: 300 }}
        onSearch={(value) => onChange({ search: value.trim() || undefined })}
        data-testid="registry-search"
      />
      <Select<string>
        allowClear
        placeholder={t('registry.district')}
        style={{ width: 140 }}
        value={query.districtCode}
        onChange={(value) => onChange({ districtCode: value })}
        options={districts.map((district) => ({ value: district.code, label: districtName(district.code, language) }))}
        data-testid="district-filter"
      />
      <AutoComplete
        allowClear
        value={industry}
        placeholder={t('registry.industryPrefix')}
        style={{ width: 190 }}
        onChange={(value: string | undefined) => {
          setIndustry(value ?? '');
          if (!value) applyIndustry('');
        }}
        onSelect={(value) => applyIndustry(value ?? '')}
        onBlur={() => applyIndustry(industry)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') applyIndustry(industry);
        }}
        options={industrySections.map((section) => ({ value: section.code, label: `${section.code} ${pick(section, language)}` }))}
        filterOption={(input, option) => !input || String(option?.label ?? '').toUpperCase().includes(input.toUpperCase())}
        data-testid="industry-filter"
      />
      <Select<QualificationKind>
        allowClear
        placeholder={t('registry.qualification')}
        style={{ width: 190 }}
        value={query.qualification}
        onChange={(value) => onChange({ qualification: value })}
        options={qualificationKinds.map((kind) => ({ value: kind, label: qualificationName(kind, language) }))}
        data-testid="qualification-filter"
      />
      <Select<SizeClass>
        allowClear
        placeholder={t('registry.sizeClass')}
        style={{ width: 110 }}
        value={query.sizeClass}
        onChange={(value) => onChange({ sizeClass: value })}
        options={sizeClasses.map((value) => ({ value, label: sizeClassName(value, language) }))}
        data-testid="size-filter"
      />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </Space>
  );
}
