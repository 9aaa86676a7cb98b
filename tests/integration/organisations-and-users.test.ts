import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createOrganisation } from '../../src/capabilities/organisations/create-organisation.ts';
import { findOrganisationByCode } from '../../src/capabilities/organisations/organisation-lookup.ts';
import { listOrganisations } from '../../src/capabilities/organisations/list-organisations.ts';
import { disableUser, enableUser, resetPassword } from '../../src/capabilities/users/change-user-status.ts';
import { createUser } from '../../src/capabilities/users/create-user.ts';
import { listUsers } from '../../src/capabilities/users/list-users.ts';
import { signIn } from '../../src/capabilities/users/sessions.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { anonymousActor, systemActor, type Actor } from '../../src/platform/auth/actor.ts';
import { forEachBackend } from '../support/backends.ts';
import { callAs, userActor } from '../support/actors.ts';

const policy = { idleMinutes: 30, absoluteHours: 12 };
const page = { page: 1, pageSize: 500 };

forEachBackend('organisations and users', (getKjt) => {
  const operator = () => callAs(systemActor('test'));
  let districtOfficer: Actor;
  let bankOfficer: Actor;

  before(async () => {
    const seeded = await seedDemoCity(getKjt().run);
    assert.ok(seeded.organisationsCreated > 20);
    assert.equal(seeded.usersCreated, 8);
    const wuxing = await getKjt().db.transaction((tx) => findOrganisationByCode(tx, 'district-330502'));
    const bank = await getKjt().db.transaction((tx) => findOrganisationByCode(tx, 'bank-demo-taihu'));
    districtOfficer = userActor('district', { organisationId: wuxing!.id, organisationType: 'district_government', districtCode: '330502' });
    bankOfficer = userActor('institution', { organisationId: bank!.id, organisationType: 'bank' });
  });

  it('seeding the demo city twice adds nothing', async () => {
    assert.deepEqual(await seedDemoCity(getKjt().run), { organisationsCreated: 0, usersCreated: 0 });
  });

  it('a district officer lists only its district; an institution only itself', async () => {
    const forDistrict = await getKjt().run(listOrganisations, page, callAs(districtOfficer));
    assert.ok(forDistrict.items.length >= 2);
    assert.ok(forDistrict.items.every((organisation) => organisation.districtCode === '330502'));
    const forBank = await getKjt().run(listOrganisations, page, callAs(bankOfficer));
    assert.deepEqual(forBank.items.map((organisation) => organisation.code), ['bank-demo-taihu']);
    const forSupervisor = await getKjt().run(listOrganisations, page, callAs(userActor('supervisor')));
    assert.ok(forSupervisor.total > forDistrict.total);
  });

  it('searches organisations by name', async () => {
    const found = await getKjt().run(listOrganisations, { ...page, search: '科技局' }, callAs(userActor('supervisor')));
    assert.deepEqual(found.items.map((organisation) => organisation.code), ['gov-kejiju']);
  });

  it('denies creating organisations and users to everyone but the admin', async () => {
    await assert.rejects(getKjt().run(createOrganisation, { code: 'x-bank', name: '某银行', type: 'bank' }, callAs(userActor('supervisor'))), /FORBIDDEN/);
    await assert.rejects(getKjt().run(createOrganisation, { code: 'x-bank', name: '某银行', type: 'bank' }, callAs(anonymousActor)), /UNAUTHENTICATED/);
    await assert.rejects(
      getKjt().run(createUser, { username: 'x-user', displayName: 'x', organisationCode: 'operator', role: 'admin', password: 'Abcdefgh1!' }, callAs(bankOfficer)),
      /FORBIDDEN/,
    );
    await assert.rejects(getKjt().run(listUsers, page, callAs(districtOfficer)), /FORBIDDEN/);
    await assert.rejects(getKjt().run(disableUser, { username: 'demo-advisor' }, callAs(bankOfficer)), /FORBIDDEN/);
  });

  it('refuses a weak password, naming each problem in both languages', async () => {
    await assert.rejects(
      getKjt().run(createUser, { username: 'weak-user', displayName: 'x', organisationCode: 'operator', role: 'admin', password: 'short' }, operator()),
      (error: any) => error.code === 'WEAK_PASSWORD' && /至少 10 位/.test(error.messages.zh) && /at least 10 characters/.test(error.messages.en),
    );
  });

  it('refuses a role that does not fit the organisation', async () => {
    await assert.rejects(
      getKjt().run(createUser, { username: 'bank-admin', displayName: 'x', organisationCode: 'bank-demo-taihu', role: 'admin', password: 'Abcdefgh1!' }, operator()),
      /ROLE_NOT_ALLOWED_FOR_ORGANISATION/,
    );
  });

  it('a disabled user cannot sign in; enabling lets them back', async () => {
    await getKjt().run(disableUser, { username: 'demo-regulator' }, operator());
    const refused = await getKjt().run(signIn, { username: 'demo-regulator', password: demoPassword, policy }, callAs(anonymousActor));
    assert.equal(refused.isSignedIn, false);
    assert.equal(refused.isSignedIn === false && refused.error.code, 'ACCOUNT_DISABLED');
    await getKjt().run(enableUser, { username: 'demo-regulator' }, operator());
    const accepted = await getKjt().run(signIn, { username: 'demo-regulator', password: demoPassword, policy }, callAs(anonymousActor));
    assert.equal(accepted.isSignedIn, true);
  });

  it('a password reset replaces the password and asks for a change', async () => {
    const reset = await getKjt().run(resetPassword, { username: 'demo-institution', password: 'Brand-New-Pass-2' }, operator());
    assert.equal(reset.mustChangePassword, true);
    const old = await getKjt().run(signIn, { username: 'demo-institution', password: demoPassword, policy }, callAs(anonymousActor));
    assert.equal(old.isSignedIn, false);
    const fresh = await getKjt().run(signIn, { username: 'demo-institution', password: 'Brand-New-Pass-2', policy }, callAs(anonymousActor));
    assert.equal(fresh.isSignedIn, true);
  });

  it('keeps no password hash in the audit log', async () => {
    const rows = await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE before::text LIKE '%scrypt$%' OR after::text LIKE '%scrypt$%'`);
    assert.equal(rows.rows[0]!.n, 0);
  });
});
