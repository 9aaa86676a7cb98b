import { and, count, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import { assertCan, type Actor } from '../../platform/auth/actor.ts';
import type { Page } from '../../platform/db/paging.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { InboxMessageView, ListInboxInput } from './notifications.contracts.ts';
import { notificationErrors } from './notifications.errors.ts';
import { inboxMessages } from './notifications.tables.ts';

/** The messages a user sees: those to their organisation and those to their role. */
export function inboxOf(actor: Actor): SQL | undefined {
  if (actor.kind !== 'user') return undefined;
  return or(eq(inboxMessages.recipientOrganisationId, actor.organisationId), eq(inboxMessages.recipientRole, actor.role));
}

/** 消息中心: the signed-in user's inbox, newest first, with the unread count. */
export const listInbox: UseCase<ListInboxInput, Page<InboxMessageView> & { unread: number }> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  const mine = inboxOf(ctx.actor);
  if (!mine) throw notificationErrors('INBOX_NEEDS_USER');
  const where = and(mine, input.isUnreadOnly ? isNull(inboxMessages.readAt) : undefined);
  // One transaction is one connection: its queries run one after another.
  const [total] = await ctx.tx.select({ n: count() }).from(inboxMessages).where(where);
  const [unread] = await ctx.tx.select({ n: count() }).from(inboxMessages).where(and(mine, isNull(inboxMessages.readAt)));
  const rows = await ctx.tx.select().from(inboxMessages).where(where).orderBy(desc(inboxMessages.createdAt), desc(inboxMessages.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString(), isRead: row.readAt !== null })),
    total: total?.n ?? 0,
    unread: unread?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
};

/** Marks one of the user's messages read (a role-wide message is read for the whole role). */
export const markMessageRead: UseCase<{ messageId: string }, { isRead: true }> = async (input, ctx) => {
  assertCan(ctx.actor, 'session');
  const mine = inboxOf(ctx.actor);
  if (!mine) throw notificationErrors('INBOX_NEEDS_USER');
  const updated = await ctx.tx.update(inboxMessages).set({ readAt: ctx.now }).where(and(eq(inboxMessages.id, input.messageId), mine)).returning({ id: inboxMessages.id });
  if (updated.length === 0) throw notificationErrors('MESSAGE_NOT_FOUND', { messageId: input.messageId });
  return { isRead: true };
};
