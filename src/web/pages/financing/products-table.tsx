import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Page, ProductView } from '../../api/types.ts';
import type { Loaded } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandKindName, productTypeName } from '../../i18n/financing-names.ts';
import { describeEligibility } from './eligibility-text.ts';
import { amountRange, productName, rateRange, termRange } from './product-terms.ts';

interface Props {
  /** One page of products as loaded, with its error shown above the table. */
  loaded: Loaded<Page<ProductView>>;
  page: number;
  pageSize: number;
  onPage(page: number): void;
  hasInstitution: boolean;
  action?: (product: ProductView) => ReactNode;
  testId: string;
}

const statusColours = { active: 'success', suspended: 'warning', retired: 'default' } as const;

/** Products with their terms and their eligibility rule in words. */
export function ProductsTable({ loaded, page, pageSize, onPage, hasInstitution, action, testId }: Props) {
  const { t, language } = useI18n();
  const columns: TableColumnsType<ProductView> = [
    {
      title: t('product.name'),
      key: 'name',
      width: 220,
      render: (_, product) => (
        <>
          <Typography.Text strong>{productName(product, language)}</Typography.Text>
          {product.isNewUnderPolicy ? (
            <Tag color="purple" style={{ marginInlineStart: 6 }}>
              {t('product.isNewUnderPolicy')}
            </Tag>
          ) : null}
          {hasInstitution ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {product.institution.name}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('product.type'), key: 'type', width: 150, render: (_, product) => productTypeName(product.productType, language) },
    { title: t('product.demandKind'), key: 'kind', width: 150, render: (_, product) => demandKindName(product.demandKind, language) },
    { title: t('product.amountRange'), key: 'amount', width: 200, render: (_, product) => amountRange(product, language) },
    { title: t('product.termRange'), key: 'term', width: 110, render: (_, product) => termRange(product) },
    { title: t('product.rateRange'), key: 'rate', width: 140, render: (_, product) => rateRange(product) },
    { title: t('product.eligibility'), key: 'eligibility', width: 280, render: (_, product) => <span style={{ fontSize: 13 }}>{describeEligibility(product.eligibility, language)}</span> },
    { title: t('product.launchedOn'), dataIndex: 'launchedOn', width: 110 },
    { title: t('product.status'), dataIndex: 'status', width: 90, render: (status: ProductView['status']) => <Tag color={statusColours[status]}>{t(`product.status.${status}`)}</Tag> },
    ...(action ? [{ title: t('common.actions'), key: 'action', width: 90, fixed: 'right' as const, render: (_: unknown, product: ProductView) => action(product) }] : []),
  ];
  return (
    <>
      <ErrorAlert error={loaded.error} />
      <Table<ProductView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={loaded.data?.items ?? []}
        loading={loaded.isLoading}
        scroll={{ x: 1560 }}
        locale={{ emptyText: t('product.none') }}
        data-testid={testId}
        pagination={{ current: page, pageSize, total: loaded.data?.total ?? 0, showSizeChanger: false, onChange: onPage, showTotal: (count) => t('common.total', { total: count }) }}
      />
    </>
  );
}
