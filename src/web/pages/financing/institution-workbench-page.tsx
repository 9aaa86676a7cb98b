import { Tabs, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { InstitutionInboxTab } from './institution-inbox-tab.tsx';
import { InstitutionProfileForm } from './institution-profile-form.tsx';
import { MyProductsTab } from './my-products-tab.tsx';

/** 机构工作台: the demands to handle, the institution's products, and its own profile. */
export function InstitutionWorkbenchPage() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('inbox.title')}
      </Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'demands', label: t('inbox.demands'), children: <InstitutionInboxTab /> },
          { key: 'products', label: t('inbox.products'), children: <MyProductsTab /> },
          { key: 'profile', label: t('inbox.profile'), children: <InstitutionProfileForm /> },
        ]}
      />
    </>
  );
}
