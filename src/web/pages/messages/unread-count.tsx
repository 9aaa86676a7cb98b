import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messagesApi } from '../../api/messages-api.ts';
import { useLocation } from '../../routing/router.tsx';

interface UnreadCount {
  unread: number;
  refresh(): void;
}

const UnreadContext = createContext<UnreadCount>({ unread: 0, refresh: () => undefined });
const pollMs = 60_000;

/** The signed-in user's unread message count, for the menu badge: asked on each page change and every minute. */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((count) => count + 1), []);
  useEffect(() => {
    let isCurrent = true;
    const ask = () =>
      messagesApi.list({ isUnreadOnly: true, page: 1, pageSize: 1 }).then(
        (page) => {
          if (isCurrent) setUnread(page.unread);
        },
        () => undefined,
      );
    void ask();
    const timer = window.setInterval(() => void ask(), pollMs);
    return () => {
      isCurrent = false;
      window.clearInterval(timer);
    };
  }, [pathname, version]);
  const value = useMemo(() => ({ unread, refresh }), [unread, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export function useUnreadCount(): UnreadCount {
  return useContext(UnreadContext);
}
