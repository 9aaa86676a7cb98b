import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { productsApi } from '../../api/financing-api.ts';
import type { ProductView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProductDialog } from './product-dialog.tsx';
import { ProductsTable } from './products-table.tsx';

const pageSize = 20;

/** 本机构产品: the institution's own products, added and edited here. */
export function MyProductsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ product: ProductView | undefined } | undefined>(undefined);
  const products = useApi(() => productsApi.mine({ page, pageSize }), [page]);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setEditing({ product: undefined })} data-testid="new-product">
        {t('product.new')}
      </Button>
      <ProductsTable
        loaded={products}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
        hasInstitution={false}
        testId="my-products-table"
        action={(product) => (
          <Button size="small" onClick={() => setEditing({ product })}>
            {t('product.edit')}
          </Button>
        )}
      />
      <ProductDialog
        product={editing?.product}
        isOpen={editing !== undefined}
        onClose={() => setEditing(undefined)}
        onSaved={(saved) => {
          setEditing(undefined);
          void message.success(t('product.saved', { name: saved.name }));
          products.reload();
        }}
      />
    </>
  );
}
