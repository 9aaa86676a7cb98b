import { Alert, Skeleton } from 'antd';
import { useEffect } from 'react';
import { enterprisesApi } from '../../api/registry-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { navigate } from '../../routing/router.tsx';

/** 我的画像: an enterprise user's registry scope is their own firm; open its portrait. */
export function MyPortraitPage() {
  const { t } = useI18n();
  const own = useApi(() => enterprisesApi.list({ page: 1, pageSize: 2 }), []);
  const ownUscc = own.data?.total === 1 ? own.data.items[0]?.uscc : undefined;
  useEffect(() => {
    if (ownUscc) navigate(`/enterprises/${encodeURIComponent(ownUscc)}/portrait`, { replace: true });
  }, [ownUscc]);
  if (own.error) return <ErrorAlert error={own.error} />;
  if (own.data && !ownUscc) return <Alert type="info" showIcon title={t('registry.ownNotLinked')} />;
  return <Skeleton active />;
}
