import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { demoUserEnterpriseName, demoUserUscc } from '../../src/demo/enterprises/demo-user-enterprise.ts';
import { generateDemoEnterprises } from '../../src/demo/enterprises/generate-demo-enterprises.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { seedDemoEnterprises } from '../../src/demo/seed-demo-enterprises.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp } from '../support/http.ts';

const seed = 7;
const count = 200;

forEachBackend('demo city enterprises through the import path', (getKjt) => {
  let first: Awaited<ReturnType<typeof seedDemoEnterprises>>;
  before(async () => {
    await seedDemoCity(getKjt().run);
    first = await seedDemoEnterprises(getKjt().run, { seed, count });
  });

  it('imports every generated record, each file as an import from its department', async () => {
    const generated = generateDemoEnterprises({ seed, count });
    assert.equal(first.files[0]!.new, generated.enterprises.length);
    assert.ok(first.files.every((file) => file.rejected === 0));
    const stored = await getKjt().db.query<{ uscc: string; name: string }>('SELECT uscc, name FROM enterprises ORDER BY uscc');
    assert.deepEqual(
      stored.rows,
      generated.enterprises.map((enterprise) => ({ uscc: enterprise.uscc, name: enterprise.name! })).sort((a, b) => a.uscc.localeCompare(b.uscc)),
    );
    const imports = await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM imports WHERE status = 'committed'`);
    assert.equal(imports.rows[0]!.n, first.files.length);
    const sources = await getKjt().db.query<{ code: string }>(
      `SELECT DISTINCT o.code FROM fact_sources s JOIN organisations o ON o.id = s.organisation_id ORDER BY o.code`,
    );
    assert.ok(sources.rows.some((row) => row.code === 'gov-kejiju'));
    assert.ok(sources.rows.some((row) => row.code === 'gov-shichangjianguanju'));
  });

  it('seeding again changes nothing', async () => {
    const again = await seedDemoEnterprises(getKjt().run, { seed, count });
    assert.ok(again.files.every((file) => file.new === 0 && file.changed === 0 && file.unchanged === file.rows));
  });

  it('the demo enterprise user sees its own enterprise, with its sources', async () => {
    const http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
    const session = await signInOverHttp(http, 'demo-enterprise', demoPassword);
    const list = await session.request('GET', '/api/enterprises');
    assert.deepEqual(list.body.items.map((item: { uscc: string }) => item.uscc), [demoUserUscc]);
    const detail = await session.request('GET', `/api/enterprises/${demoUserUscc}`);
    assert.equal(detail.body.profile.values.name, demoUserEnterpriseName);
    assert.ok(detail.body.yearlyFacts.length >= 1);
    const source = detail.body.sources[detail.body.profile.sources.name];
    assert.equal(source.channel, 'import');
    assert.match(source.fileName, /企业名册/);
  });
});
