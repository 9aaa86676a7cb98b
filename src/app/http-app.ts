import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { registerAuditRoutes } from '../capabilities/audit/audit.routes.ts';
import { registerCalendarRoutes } from '../capabilities/calendar/calendar.routes.ts';
import { registerCultivationRoutes } from '../capabilities/cultivation/cultivation.routes.ts';
import { proposeTierChanges } from '../capabilities/cultivation/propose-tier-changes.ts';
import { registerConsentRoutes } from '../capabilities/consent/consent.routes.ts';
import { registerFinancingRoutes } from '../capabilities/financing/financing.routes.ts';
import { registerNotificationRoutes } from '../capabilities/notifications/notifications.routes.ts';
import { registerEnterpriseRoutes } from '../capabilities/enterprises/enterprises.routes.ts';
import { registerEvaluationRoutes } from '../capabilities/evaluation/evaluation.routes.ts';
import { registerImportRoutes } from '../capabilities/imports/imports.routes.ts';
import { registerOrganisationRoutes } from '../capabilities/organisations/organisations.routes.ts';
import { registerPolicyPackRoutes } from '../capabilities/policy-packs/policy-packs.routes.ts';
import { resolveSession } from '../capabilities/users/sessions.ts';
import { registerUserRoutes } from '../capabilities/users/users.routes.ts';
import { systemActor } from '../platform/auth/actor.ts';
import type { HttpServer } from '../platform/http/fastify-types.ts';
import { createHttpServer } from '../platform/http/server.ts';
import { version, type KeJinTong } from './kejintong.ts';
import { createRouteContext } from './route-context.ts';

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface HttpAppOptions {
  logger?: boolean | Record<string, unknown>;
  webRoot?: string;
}

/** The whole HTTP application: platform server plus every capability's routes. */
export async function buildHttpApp(kjt: KeJinTong, options: HttpAppOptions = {}): Promise<HttpServer> {
  const policy = { idleMinutes: kjt.config.sessionIdleMinutes, absoluteHours: kjt.config.sessionAbsoluteHours };
  const http = await createHttpServer({
    logger: options.logger ?? false,
    version,
    webRoot: options.webRoot ?? defaultWebRoot,
    resolveSession: (token, requestId) => kjt.run(resolveSession, { token, policy }, { actor: systemActor('job'), requestId }),
  });
  const context = createRouteContext(http, kjt.config, kjt.run);

  http.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['platform'],
        summary: '健康检查 / Health',
        response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string(), migrations: z.object({ count: z.number(), latest: z.string().nullable() }) }) },
      },
    },
    async () => {
      await kjt.db.query('SELECT 1');
      return { status: 'ok' as const, db: kjt.db.kind, version, migrations: { count: kjt.migrations.applied.length, latest: kjt.migrations.latest ?? null } };
    },
  );
  registerOrganisationRoutes(context);
  registerUserRoutes(context);
  registerAuditRoutes(context);
  registerPolicyPackRoutes(context);
  registerEnterpriseRoutes(context);
  registerImportRoutes(context);
  registerEvaluationRoutes(context, { afterBatch: proposeTierChanges });
  registerCultivationRoutes(context);
  registerFinancingRoutes(context);
  registerConsentRoutes(context);
  registerNotificationRoutes(context);
  registerCalendarRoutes(context);
  return http;
}
