import { platformErrors } from '../errors.ts';
import { roleHasPermission, type Permission, type Role } from './roles.ts';

/** Who is acting: a signed-in user, or the platform itself (CLI at the operator's terminal, a job, demo set-up). */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      username: string;
      role: Role;
      organisationId: string;
      organisationType: string;
      districtCode: string | null;
    }
  | { kind: 'system'; name: 'cli' | 'job' | 'demo' | 'test' }
  | { kind: 'anonymous' };

export const anonymousActor: Actor = { kind: 'anonymous' };

export function systemActor(name: 'cli' | 'job' | 'demo' | 'test'): Actor {
  return { kind: 'system', name };
}

export function can(actor: Actor, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return roleHasPermission(actor.role, permission);
}

/** The first statement of every use case. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  throw actor.kind === 'anonymous' ? platformErrors('UNAUTHENTICATED') : platformErrors('FORBIDDEN', { permission });
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.username;
    case 'system':
      return `system:${actor.name}`;
    case 'anonymous':
      return 'anonymous';
  }
}
