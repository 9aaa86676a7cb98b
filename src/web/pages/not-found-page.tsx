import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import { navigate } from '../routing/router.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return <Result status="404" title={t('notFound.title')} extra={<Button onClick={() => navigate('/')}>{t('notFound.backHome')}</Button>} />;
}
