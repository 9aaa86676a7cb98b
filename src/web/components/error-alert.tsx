import { Alert } from 'antd';
import type { ApiError } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A server refusal in the reader's language, with its code for support. */
export function ErrorAlert({ error, title }: { error: ApiError | undefined; title?: string }) {
  const { t, pick } = useI18n();
  if (!error) return null;
  const message = pick(error.messages);
  return <Alert type="error" showIcon role="alert" title={title ?? message} description={title ? t('common.withNote', { main: message, note: error.code }) : error.code} style={{ marginBottom: 16 }} />;
}
