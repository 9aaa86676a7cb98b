import type { Actor } from '../../src/platform/auth/actor.ts';
import type { Role } from '../../src/platform/auth/roles.ts';
import { newId } from '../../src/platform/ids.ts';
import type { Call } from '../../src/platform/use-case.ts';

export function userActor(role: Role, overrides: Partial<Extract<Actor, { kind: 'user' }>> = {}): Actor {
  return {
    kind: 'user',
    userId: overrides.userId ?? newId('usr'),
    username: overrides.username ?? `test-${role}`,
    role,
    organisationId: overrides.organisationId ?? newId('org'),
    organisationType: overrides.organisationType ?? 'operator',
    districtCode: overrides.districtCode ?? null,
  };
}

export function callAs(actor: Actor): Call {
  return { actor, requestId: newId('req') };
}
