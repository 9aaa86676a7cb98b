import { Result } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Shown instead of a page the user's role may not open; the page never asks the server for data. */
export function DeniedResult() {
  const { t } = useI18n();
  return <Result status="403" title={t('denied.title')} subTitle={t('denied.description')} />;
}
