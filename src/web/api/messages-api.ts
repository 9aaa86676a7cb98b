import { api } from './api-client.ts';
import type { InboxMessageView, Page } from './types.ts';

export type InboxPage = Page<InboxMessageView> & { unread: number };

/** 消息中心: every signed-in user's messages. */
export const messagesApi = {
  list: (query: { isUnreadOnly?: boolean; page: number; pageSize: number }) => api.get<InboxPage>('/api/inbox', { ...query, isUnreadOnly: query.isUnreadOnly ? 'true' : undefined }),
  markRead: (messageId: string) => api.post<{ isRead: true }>(`/api/inbox/${encodeURIComponent(messageId)}/read`),
};
