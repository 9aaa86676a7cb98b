import type { Transaction } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { inboxMessages, outboxMessages, type BilingualText } from './notifications.tables.ts';

export interface Notification {
  /** To every user of an organisation, or to every user of a role (e.g. the supervisors). */
  to: { organisationId: string } | { role: Role };
  kind: string;
  title: BilingualText;
  body: BilingualText;
  link?: string;
}

/**
 * Puts a message in the inbox and an e-mail for the outbox, in the caller's transaction: the
 * message exists exactly when the change it reports does.
 */
export async function notify(tx: Transaction, notifications: Notification[]): Promise<void> {
  if (notifications.length === 0) return;
  const inbox = notifications.map((notification) => ({
    id: newId('msg'),
    recipientOrganisationId: 'organisationId' in notification.to ? notification.to.organisationId : null,
    recipientRole: 'role' in notification.to ? notification.to.role : null,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link ?? null,
  }));
  await tx.insert(inboxMessages).values(inbox);
  await tx.insert(outboxMessages).values(
    inbox.map((message) => ({
      id: newId('out'),
      inboxMessageId: message.id,
      channel: 'email',
      recipient: message.recipientOrganisationId ? `organisation:${message.recipientOrganisationId}` : `role:${message.recipientRole}`,
      payload: { kind: message.kind, title: message.title, body: message.body, link: message.link },
    })),
  );
}
