import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { resolveSession, signIn } from '../../src/capabilities/users/sessions.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { anonymousActor, systemActor } from '../../src/platform/auth/actor.ts';
import { forEachBackend } from '../support/backends.ts';
import { callAs } from '../support/actors.ts';

const policy = { idleMinutes: 30, absoluteHours: 12 };

forEachBackend('session expiry', (getKjt) => {
  before(async () => {
    await seedDemoCity(getKjt().run);
  });

  const signInFresh = async () => {
    const result = await getKjt().run(signIn, { username: 'demo-department', password: demoPassword, policy }, callAs(anonymousActor));
    assert.equal(result.isSignedIn, true);
    return result.isSignedIn ? result.token : '';
  };
  const resolve = (token: string) => getKjt().run(resolveSession, { token, policy }, callAs(systemActor('test')));

  it('a fresh session resolves to its user with role and organisation', async () => {
    const resolved = await resolve(await signInFresh());
    assert.equal(resolved?.actor.kind, 'user');
    assert.equal(resolved?.actor.kind === 'user' && resolved.actor.role, 'department');
  });

  it('a session idle for longer than the idle limit no longer resolves', async () => {
    const token = await signInFresh();
    await getKjt().db.exec(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes'`);
    assert.equal(await resolve(token), undefined);
  });

  it('a session past its absolute expiry no longer resolves, however active', async () => {
    const token = await signInFresh();
    await getKjt().db.exec(`UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now()`);
    assert.equal(await resolve(token), undefined);
  });

  it('an unknown token resolves to nothing', async () => {
    assert.equal(await resolve('not-a-token'), undefined);
  });
});

forEachBackend('value types agree on both drivers', (getKjt) => {
  it('count(*) and bigint come back as numbers, dates as YYYY-MM-DD, numeric as exact text', async () => {
    const raw = await getKjt().db.query<{ c: unknown; b: unknown; d: unknown; n: unknown }>(
      `SELECT count(*) AS c, 9007199254740991::bigint AS b, DATE '2025-12-31' AS d, 12.50::numeric AS n FROM (VALUES (1), (2)) v(x)`,
    );
    assert.deepEqual(raw.rows[0], { c: 2, b: 9007199254740991, d: '2025-12-31', n: '12.50' });
    const viaDrizzle = await getKjt().db.transaction((tx) => tx.execute<{ c: unknown }>(sql`SELECT count(*) AS c FROM (VALUES (1), (2), (3)) v(x)`));
    assert.equal(viaDrizzle.rows[0]!.c, 3);
  });

  it('a bigint beyond the safe integer range is an error, never a silently rounded number', async () => {
    await assert.rejects(getKjt().db.query(`SELECT 9007199254740993::bigint AS b`), /safe integer/);
  });
});
