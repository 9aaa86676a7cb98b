import type { Actor } from '../../platform/auth/actor.ts';
import type { Transaction } from '../../platform/db/database.ts';
import type { AuditEntry } from '../../platform/use-case.ts';
import { auditLog } from './audit.tables.ts';

/** Writes one audit row in the caller's transaction; the database trigger chains it. */
export async function recordAuditEntry(tx: Transaction, actor: Actor, requestId: string, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor.kind === 'user' ? actor.userId : actor.kind === 'system' ? `system:${actor.name}` : null,
    actorOrganisationId: actor.kind === 'user' ? actor.organisationId : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
    requestId,
  });
}

/** Dates become ISO strings and secrets never enter the log. */
function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, inner) => (key === 'passwordHash' || key === 'tokenHash' || key === 'csrfToken' ? '[redacted]' : inner)),
  );
}
