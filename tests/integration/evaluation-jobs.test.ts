import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, it } from 'node:test';
import { buildHttpApp } from '../../src/app/http-app.ts';
import { jobDefinitions } from '../../src/app/job-definitions.ts';
import { evaluationJobNames } from '../../src/capabilities/evaluation/evaluation.contracts.ts';
import { demoPassword } from '../../src/demo/demo-city.ts';
import { seedDemoCity } from '../../src/demo/seed-demo-city.ts';
import { seedDemoEnterprises } from '../../src/demo/seed-demo-enterprises.ts';
import type { HttpServer } from '../../src/platform/http/fastify-types.ts';
import { forEachBackend } from '../support/backends.ts';
import { signInOverHttp } from '../support/http.ts';

const enterpriseCount = 25;

forEachBackend(
  'registry re-evaluation as a background job',
  (getKjt) => {
    let http: HttpServer;
    before(async () => {
      await seedDemoCity(getKjt().run);
      await seedDemoEnterprises(getKjt().run, { count: enterpriseCount });
      http = await buildHttpApp(getKjt(), { webRoot: '/nonexistent' });
    });

    it('the weekly re-evaluation is scheduled', () => {
      const scheduled = jobDefinitions(getKjt()).find((definition) => definition.name === evaluationJobNames.scheduled);
      assert.ok(scheduled?.cron, 'a cron schedule');
      assert.ok(jobDefinitions(getKjt()).some((definition) => definition.name === evaluationJobNames.run));
    });

    it('an officer starts a run over the API; the job evaluates every enterprise and proposes tiers; the progress is readable throughout', async () => {
      const officer = await signInOverHttp(http, 'demo-department', demoPassword);
      const started = await officer.request('POST', '/api/evaluation/runs', {});
      assert.equal(started.statusCode, 202, JSON.stringify(started.body));
      assert.equal(started.body.progressTotal, enterpriseCount);
      const deadline = Date.now() + 240_000;
      let run = started.body;
      while (run.status === 'queued' || run.status === 'running') {
        if (Date.now() > deadline) throw new Error(`run still ${run.status}: ${JSON.stringify(run)}`);
        await sleep(200);
        run = (await officer.request('GET', `/api/evaluation/runs/${started.body.id}`)).body;
      }
      assert.equal(run.status, 'finished', JSON.stringify(run.failure));
      assert.equal(run.progressDone, enterpriseCount);
      assert.equal(run.resultsWritten, enterpriseCount * 6);
      const pending = await officer.request('GET', '/api/cultivation/proposals?status=pending&pageSize=200');
      assert.equal(pending.body.total, run.proposalsMade);
      const listed = await officer.request('GET', '/api/evaluation/runs');
      assert.equal(listed.body[0].id, started.body.id);
    });
  },
  { hasJobs: true, isWorkingJobs: true },
);
