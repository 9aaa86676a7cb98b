import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, it } from 'node:test';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp, type TestSession } from '../support/http.ts';
import { csvText, makeUscc } from '../fixtures/imports/build-files.ts';
import { buildImportApp, registerImportJobs, uploadOverHttp } from '../fixtures/imports/import-app.ts';

const rowCount = 6_000;

forEachBackend(
  'large imports run as background jobs',
  (getKjt, backend) => {
    let http: HttpServer;
    let officer: TestSession;

    before(async () => {
      await seedDemoCity(getKjt().run);
      await registerImportJobs(getKjt());
      http = await buildImportApp(getKjt());
      officer = await signInOverHttp(http, 'demo-department', demoPassword);
    });

    /** Reads the import back as a reloaded page would, until it leaves `status`; returns the progress seen on the way. */
    async function waitWhile(id: string, status: string): Promise<{ detail: any; seen: number[] }> {
      const deadline = Date.now() + 240_000;
      const seen: number[] = [];
      for (;;) {
        const response = await officer.request('GET', `/api/imports/${id}`);
        assert.equal(response.statusCode, 200, JSON.stringify(response.body));
        if (response.body.status !== status) return { detail: response.body, seen };
        seen.push(response.body.progress.done);
        if (Date.now() > deadline) throw new Error(`import ${id} still ${status}: ${JSON.stringify(response.body.progress)}`);
        await sleep(100);
      }
    }

    it(`a ${rowCount.toLocaleString('en-US')}-row file validates and commits as jobs, and its progress reaches 100%`, async (context) => {
      const rows = Array.from({ length: rowCount }, (_, index) => [makeUscc(50_000 + index, index % 2 ? '330503' : '330502'), `湖州批量${index}号科技有限公司`, index % 3 ? '小型' : '中型']);
      const file = Buffer.from(csvText([['统一社会信用代码', '企业名称', '企业规模'], ...rows]));
      const enterprisesBefore = (await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises`)).rows[0]!.n;

      const uploaded = await uploadOverHttp(http, officer, 'enterprises', '批量名册.csv', file);
      assert.equal(uploaded.statusCode, 201, JSON.stringify(uploaded.body));
      assert.equal(uploaded.body.status, 'validating');
      assert.deepEqual(uploaded.body.progress, { done: 0, total: rowCount, percent: 0 });
      const validated = await waitWhile(uploaded.body.id, 'validating');
      assert.equal(validated.detail.status, 'validated', JSON.stringify(validated.detail.failure));
      assert.deepEqual(validated.detail.totals, { rows: rowCount, new: rowCount, changed: 0, unchanged: 0, rejected: 0 });
      assert.deepEqual(validated.detail.progress, { done: rowCount, total: rowCount, percent: 100 });

      const started = await officer.request('POST', `/api/imports/${uploaded.body.id}/commit`);
      assert.equal(started.statusCode, 200, JSON.stringify(started.body));
      assert.equal(started.body.status, 'committing');
      const busy = await officer.request('POST', `/api/imports/${uploaded.body.id}/commit`);
      assert.deepEqual([busy.statusCode, busy.body.code], [409, 'IMPORT_BUSY']);
      const committed = await waitWhile(uploaded.body.id, 'committing');
      assert.equal(committed.detail.status, 'committed', JSON.stringify(committed.detail.failure));
      assert.deepEqual(committed.detail.progress, { done: rowCount, total: rowCount, percent: 100 });
      assert.deepEqual(committed.detail.totals, { rows: rowCount, new: rowCount, changed: 0, unchanged: 0, rejected: 0 });
      for (const seen of [validated.seen, committed.seen]) {
        assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'progress never goes back');
      }
      context.diagnostic(`${backend}: progress seen while validating ${JSON.stringify(validated.seen)}, while committing ${JSON.stringify(committed.seen)}`);

      const enterprisesAfter = (await getKjt().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises`)).rows[0]!.n;
      assert.equal(enterprisesAfter, enterprisesBefore + rowCount);
      const audit = await getKjt().db.query<{ actor_user_id: string; after: any }>(`SELECT actor_user_id, after FROM audit_log WHERE entity_id = $1`, [uploaded.body.id]);
      assert.equal(audit.rows.length, 1);
      assert.equal(audit.rows[0]!.actor_user_id, uploaded.body.createdByUserId, 'the job acts for the officer who committed');
    });
  },
  { hasJobs: true, isWorkingJobs: true },
);
