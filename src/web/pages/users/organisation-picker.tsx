import { Select } from 'antd';
import { useState } from 'react';
import { organisationsApi } from '../../api/platform-api.ts';
import { useApi } from '../../api/use-api.ts';
import { organisationTypeName } from '../../i18n/domain-names.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface Props {
  /** Set by Form.Item so that the label points at this field. */
  id?: string;
  value?: string;
  onChange?(code: string): void;
}

/** Chooses an organisation by code, searching the server as the user types. */
export function OrganisationPicker({ id, value, onChange }: Props) {
  const { t, language } = useI18n();
  const [search, setSearch] = useState('');
  const found = useApi(() => organisationsApi.list({ search: search || undefined, page: 1, pageSize: 30 }), [search]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setSearch(text.trim()) }}
      value={value}
      onChange={(code: string) => onChange?.(code)}
      loading={found.isLoading}
      options={(found.data?.items ?? []).map((organisation) => ({
        value: organisation.code,
        label: t('users.organisationOption', {
          name: language === 'en-US' && organisation.nameEn ? organisation.nameEn : organisation.name,
          type: organisationTypeName(organisation.type, language),
          code: organisation.code,
        }),
      }))}
    />
  );
}
