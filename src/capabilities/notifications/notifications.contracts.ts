import { z } from 'zod';

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const inboxMessageSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: bilingual,
  body: bilingual,
  link: z.string().nullable(),
  createdAt: z.string(),
  isRead: z.boolean(),
});
export type InboxMessageView = z.infer<typeof inboxMessageSchema>;
export const listInboxInput = z.object({ isUnreadOnly: z.stringbool().default(false), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) });
export type ListInboxInput = z.infer<typeof listInboxInput>;
export const inboxPageSchema = z.object({ items: z.array(inboxMessageSchema), total: z.number().int(), unread: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const messageIdParams = z.object({ messageId: z.string().min(1).max(60) });
