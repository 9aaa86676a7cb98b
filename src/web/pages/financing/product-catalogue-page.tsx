import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { institutionsApi, productsApi } from '../../api/financing-api.ts';
import type { DemandKind } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandKindName, demandKinds, productTypeName, productTypes } from '../../i18n/financing-names.ts';
import { ProductsTable } from './products-table.tsx';

const pageSize = 20;

/** 产品目录: every institution's products, public, filtered by kind, type and institution. */
export function ProductCataloguePage() {
  const { t, language } = useI18n();
  const [demandKind, setDemandKind] = useState<DemandKind | undefined>(undefined);
  const [productType, setProductType] = useState<string | undefined>(undefined);
  const [institutionCode, setInstitutionCode] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const products = useApi(() => productsApi.catalogue({ demandKind, productType, institutionCode, page, pageSize }), [demandKind, productType, institutionCode, page]);
  const institutions = useApi(() => institutionsApi.registry(), []);
  const filter = <T extends string>(setter: (value: T | undefined) => void) => (value: T | undefined) => {
    setter(value);
    setPage(1);
  };
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('product.catalogue')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<DemandKind> allowClear placeholder={t('product.allKinds')} style={{ width: 180 }} value={demandKind} onChange={filter<DemandKind>(setDemandKind)} options={demandKinds.map((value) => ({ value, label: demandKindName(value, language) }))} />
        <Select<string> allowClear placeholder={t('product.allTypes')} style={{ width: 180 }} value={productType} onChange={filter(setProductType)} options={productTypes.map((value) => ({ value, label: productTypeName(value, language) }))} />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('product.allInstitutions')}
          style={{ width: 280 }}
          value={institutionCode}
          onChange={filter(setInstitutionCode)}
          options={(institutions.data?.items ?? []).map((item) => ({ value: item.code, label: language === 'en-US' && item.nameEn ? item.nameEn : item.name }))}
        />
      </Space>
      <ProductsTable
        loaded={products}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
        hasInstitution
        testId="catalogue-table"
      />
    </>
  );
}
