import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { KjtError, platformErrors } from '../errors.ts';

/** The one place an error becomes an HTTP answer: `{ code, message: { zh, en }, details? }`, never a stack. */
export function replyWithError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toKjtError(error, request.id);
  if (known.status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: known.code }, 'request refused');
  const body: Record<string, unknown> = { code: known.code, message: known.messages };
  if (known.details && known.status < 500) body.details = known.details;
  return reply.status(known.status).send(body);
}

function toKjtError(error: unknown, requestId: string): KjtError {
  if (error instanceof KjtError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return platformErrors('VALIDATION_FAILED', {
      issues: error.validation.map((issue) => ({
        where: error.validationContext,
        path: issue.instancePath,
        message: issue.message,
      })),
    });
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return platformErrors('PAYLOAD_TOO_LARGE');
  if (fastifyError.statusCode === 429) return platformErrors('RATE_LIMITED');
  if (fastifyError.statusCode === 404) return platformErrors('NOT_FOUND');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return platformErrors('VALIDATION_FAILED', { reason: fastifyError.message });
  }
  return platformErrors('INTERNAL', { requestId });
}
