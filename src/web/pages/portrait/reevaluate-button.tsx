import { ReloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { evaluationApi } from '../../api/evaluation-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 重新评价: evaluates this one enterprise now against every rule set in force, then the page reloads. */
export function ReevaluateButton({ uscc, onDone }: { uscc: string; onDone(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [isRunning, setIsRunning] = useState(false);
  const reevaluate = async () => {
    setIsRunning(true);
    try {
      const { written } = await evaluationApi.reevaluate(uscc);
      void message.success(t('portrait.reevaluated', { count: written }));
      onDone();
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    } finally {
      setIsRunning(false);
    }
  };
  return (
    <Button icon={<ReloadOutlined />} loading={isRunning} onClick={() => void reevaluate()} data-testid="reevaluate">
      {t('portrait.reevaluate')}
    </Button>
  );
}
