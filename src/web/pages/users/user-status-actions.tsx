import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/platform-api.ts';
import type { User } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCurrentUser } from '../../session/session-context.tsx';

interface Props {
  user: User;
  onChanged(): void;
  onResetPassword(): void;
}

/** Disable (after a confirmation) or enable an account, or open the reset-password dialog. */
export function UserStatusActions({ user, onChanged, onResetPassword }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { user: me } = useCurrentUser();
  const [isBusy, setIsBusy] = useState(false);

  const change = async (isDisabling: boolean) => {
    setIsBusy(true);
    try {
      if (isDisabling) await usersApi.disable(user.username);
      else await usersApi.enable(user.username);
      void message.success(t(isDisabling ? 'users.disabledDone' : 'users.enabledDone', { username: user.username }));
      onChanged();
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Space size={0}>
      {user.isDisabled ? (
        <Button type="link" size="small" loading={isBusy} onClick={() => void change(false)}>
          {t('users.enable')}
        </Button>
      ) : (
        <Popconfirm
          title={t('users.confirmDisable', { username: user.username })}
          okText={t('users.disable')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => change(true)}
        >
          {/* The server refuses to disable oneself; the button says so up front. */}
          <Button type="link" size="small" danger loading={isBusy} disabled={user.id === me.id}>
            {t('users.disable')}
          </Button>
        </Popconfirm>
      )}
      <Button type="link" size="small" onClick={onResetPassword}>
        {t('users.resetPassword')}
      </Button>
    </Space>
  );
}
