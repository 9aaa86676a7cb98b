import { createOrganisation } from '../capabilities/organisations/create-organisation.ts';
import { findExistingOrganisationCodes } from '../capabilities/organisations/find-organisation-codes.ts';
import { createUser } from '../capabilities/users/create-user.ts';
import { findExistingUsernames } from '../capabilities/users/find-usernames.ts';
import { systemActor } from '../platform/auth/actor.ts';
import { newId } from '../platform/ids.ts';
import type { RunUseCase } from '../platform/use-case.ts';
import { demoOrganisations, demoPassword, demoUsers } from './demo-city.ts';

export interface DemoSeedResult {
  organisationsCreated: number;
  usersCreated: number;
}

/**
 * Adds the demo city through the same use cases an operator would call. Safe to run again: what
 * exists already is left as it is.
 */
export async function seedDemoCity(run: RunUseCase): Promise<DemoSeedResult> {
  const call = () => ({ actor: systemActor('demo'), requestId: newId('demo') });
  const existingCodes = await run(findExistingOrganisationCodes, { codes: demoOrganisations.map((o) => o.code) }, call());
  let organisationsCreated = 0;
  for (const organisation of demoOrganisations) {
    if (existingCodes.has(organisation.code)) continue;
    await run(createOrganisation, { ...organisation, isDemo: true }, call());
    organisationsCreated += 1;
  }
  const existingUsers = await run(findExistingUsernames, { usernames: demoUsers.map((u) => u.username) }, call());
  let usersCreated = 0;
  for (const user of demoUsers) {
    if (existingUsers.has(user.username)) continue;
    await run(createUser, { ...user, password: demoPassword }, call());
    usersCreated += 1;
  }
  return { organisationsCreated, usersCreated };
}

export function describeDemoAccounts(): string {
  const lines = demoUsers.map((user) => `  ${user.username.padEnd(18)} ${user.displayName}`);
  return [`演示账户 / Demo accounts (密码 / password: ${demoPassword})`, ...lines].join('\n');
}
