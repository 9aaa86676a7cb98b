import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/api-client.ts';
import { authApi } from '../api/platform-api.ts';
import { navigate } from '../routing/router.tsx';
import type { CurrentUser } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable'; error: ApiError }
  | { status: 'signedOut'; hasExpired: boolean }
  | { status: 'signedIn'; current: CurrentUser };

export interface Session {
  state: SessionState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  reload(): void;
  can(permission: string): boolean;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const becomeSignedIn = useCallback((current: CurrentUser) => {
    setCsrfToken(current.csrfToken);
    setState({ status: 'signedIn', current });
  }, []);

  useEffect(() => {
    let isCurrent = true;
    authApi.me().then(
      (current) => {
        if (isCurrent) becomeSignedIn(current);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut', hasExpired: false });
        else setState({ status: 'unreachable', error: error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', { zh: '未知错误', en: 'Unknown error' }) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [attempt, becomeSignedIn]);

  useEffect(() => {
    // Any 401 while signed in means the session ended (idle timeout, disabled, signed out elsewhere).
    setUnauthenticatedHandler(() => {
      setCsrfToken(undefined);
      setState({ status: 'signedOut', hasExpired: true });
    });
    return () => setUnauthenticatedHandler(undefined);
  }, []);

  const signIn = useCallback(
    async (username: string, password: string) => {
      becomeSignedIn(await authApi.signIn(username, password));
    },
    [becomeSignedIn],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      setCsrfToken(undefined);
      setState({ status: 'signedOut', hasExpired: false });
      // A deliberate sign-out starts afresh: the next user should not land on this user's page.
      navigate('/login', { replace: true });
    }
  }, []);

  const value = useMemo<Session>(
    () => ({
      state,
      signIn,
      signOut,
      reload: () => {
        setState({ status: 'loading' });
        setAttempt((count) => count + 1);
      },
      can: (permission) => state.status === 'signedIn' && state.current.permissions.includes(permission),
    }),
    [state, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered inside the signed-in layout. */
export function useCurrentUser(): CurrentUser {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useCurrentUser without a session');
  return state.current;
}
