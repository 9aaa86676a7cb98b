import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/roles.ts';

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route declares the permission it needs; a route without one is refused at start. */
    permission?: Permission;
  }
  interface FastifyInstance {
    /** Every /api route with the permission it declared (for the authorization-matrix test and docs). */
    registeredRoutes: Array<{ method: string; url: string; permission: Permission }>;
  }
  interface FastifyRequest {
    actor: Actor;
    session: SessionInfo | undefined;
  }
}

export type HttpServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
