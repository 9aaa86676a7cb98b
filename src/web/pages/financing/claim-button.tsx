import { App, Button } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi } from '../../api/financing-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 接单: claims the demand for the institution; a refusal (名额已满, already claimed) goes to `onRefused`. */
export function ClaimButton({ demandId, onClaimed, onRefused, size }: { demandId: string; onClaimed(): void; onRefused(error: ApiError): void; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [isClaiming, setIsClaiming] = useState(false);
  const claim = async () => {
    setIsClaiming(true);
    try {
      await demandsApi.claim(demandId);
      void message.success(t('inbox.claimed'));
      onClaimed();
    } catch (failure) {
      onRefused(asApiError(failure));
    } finally {
      setIsClaiming(false);
    }
  };
  return (
    <Button type="primary" size={size} loading={isClaiming} onClick={() => void claim()} data-testid="claim-demand">
      {t('inbox.claim')}
    </Button>
  );
}
