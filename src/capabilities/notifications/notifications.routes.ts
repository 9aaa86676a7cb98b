import type { RouteContext } from '../../app/route-context.ts';
import { z } from 'zod';
import { listInbox, markMessageRead } from './list-inbox.ts';
import { inboxPageSchema, listInboxInput, messageIdParams } from './notifications.contracts.ts';

const tags = ['notifications'];

export function registerNotificationRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/inbox',
    { config: { permission: 'session' }, schema: { tags, summary: '消息中心 / Inbox', querystring: listInboxInput, response: { 200: inboxPageSchema } } },
    (request) => run(listInbox, request.query, request),
  );
  http.post(
    '/api/inbox/:messageId/read',
    { config: { permission: 'session' }, schema: { tags, summary: '标为已读 / Mark read', params: messageIdParams, response: { 200: z.object({ isRead: z.literal(true) }) } } },
    (request) => run(markMessageRead, request.params, request),
  );
}
