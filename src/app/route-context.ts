import type { FastifyRequest } from 'fastify';
import type { PlatformConfig } from '../platform/config.ts';
import type { HttpServer } from '../platform/http/fastify-types.ts';
import type { RunUseCase, UseCase } from '../platform/use-case.ts';

/** What a capability's route file gets: the server to register on and a way to call one use case. */
export interface RouteContext {
  http: HttpServer;
  config: PlatformConfig;
  run<Input, Output>(useCase: UseCase<Input, Output>, input: Input, request: FastifyRequest): Promise<Output>;
}

export function createRouteContext(http: HttpServer, config: PlatformConfig, runUseCase: RunUseCase): RouteContext {
  return {
    http,
    config,
    run: (useCase, input, request) => runUseCase(useCase, input, { actor: request.actor, requestId: request.id }),
  };
}
