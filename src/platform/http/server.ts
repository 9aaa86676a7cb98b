import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { anonymousActor, can, type Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/roles.ts';
import { platformErrors } from '../errors.ts';
import { newId } from '../ids.ts';
import { replyWithError } from './error-reply.ts';
import type { HttpServer, SessionInfo } from './fastify-types.ts';

export const sessionCookieName = 'kjt_session';
export const csrfHeaderName = 'x-csrf-token';

export interface ResolvedSession extends SessionInfo {
  actor: Actor;
}

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: Permission;
}

export interface HttpServerOptions {
  logger: boolean | Record<string, unknown>;
  version: string;
  resolveSession(token: string, requestId: string): Promise<ResolvedSession | undefined>;
  /** The built web app (dist/web); served at / when present. */
  webRoot: string | undefined;
  bodyLimitBytes?: number;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    genReqId: () => newId('req'),
    requestIdLogLabel: 'requestId',
    trustProxy: process.env.KJT_TRUST_PROXY === 'true',
  }).withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>() as unknown as HttpServer;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', undefined);

  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (!isApi) return;
    if (!route.config?.permission) throw new Error(`route ${route.method} ${route.url} declares no permission`);
    for (const method of ([] as string[]).concat(route.method)) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, permission: route.config.permission });
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '科金通 KeJinTong API', version: options.version, description: '科技金融服务平台接口 / Science-and-technology finance platform API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookieName } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Who is asking, then whether they may: both before the body is even parsed, so that a denied
  // request learns nothing, not even which of its fields would have been invalid.
  app.addHook('onRequest', async (request) => {
    request.actor = anonymousActor;
    const token = request.cookies[sessionCookieName];
    if (token) {
      const resolved = await options.resolveSession(token, request.id);
      if (resolved) {
        request.actor = resolved.actor;
        request.session = { tokenHash: resolved.tokenHash, csrfToken: resolved.csrfToken };
      }
    }
    const permission = request.routeOptions.config?.permission;
    if (!permission) return;
    if (unsafeMethods.has(request.method)) checkCsrf(request, permission === 'public');
    if (!can(request.actor, permission)) {
      throw request.actor.kind === 'anonymous' ? platformErrors('UNAUTHENTICATED') : platformErrors('FORBIDDEN');
    }
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error, request, reply) => replyWithError(error, request, reply));

  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot && fs.existsSync(path.join(options.webRoot, 'index.html')) ? options.webRoot : undefined;
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (webRoot && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return replyWithError(platformErrors('NOT_FOUND'), request, reply);
  });

  return app;
}

/**
 * Cookie-authenticated writes must carry the session's CSRF token in a header. A public write (signing
 * in, which acts on no session's authority) must not come from another site.
 */
function checkCsrf(request: FastifyRequest, isPublicRoute: boolean): void {
  if (request.session && !isPublicRoute) {
    if (request.headers[csrfHeaderName] !== request.session.csrfToken) throw platformErrors('CSRF_REJECTED');
    return;
  }
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.headers.host) throw platformErrors('CSRF_REJECTED');
}
