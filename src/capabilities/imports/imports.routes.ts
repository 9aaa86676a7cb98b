import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { replyWithError } from '../../platform/http/error-reply.ts';
import { commitImport } from './commit-import.ts';
import { getImport } from './get-import.ts';
import { getImportTemplate } from './get-import-template.ts';
import {
  commitImportBody,
  importDetailSchema,
  importIdParams,
  importPageSchema,
  listImportsInput,
  templateParams,
  templateQuery,
  uploadImportQuery,
} from './imports.contracts.ts';
import { importErrors } from './imports.errors.ts';
import { readImportLimits, toMegabytes } from './import-limits.ts';
import { listImports } from './list-imports.ts';
import { uploadImport } from './upload-import.ts';

const tags = ['imports'];
const fileContentTypes = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/**
 * 数据导入. Registered as an encapsulated plugin so that the raw-file body parser and its larger
 * body limit apply to these routes only.
 */
export function registerImportRoutes({ http, run }: RouteContext): void {
  const limits = readImportLimits();
  const bodyLimit = limits.maxFileBytes + 64 * 1024;
  void http.register(async (scope) => {
    const routes = scope.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(fileContentTypes, { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));
    // A file over the limit is stopped while it streams in; say so with the limit, not as a generic 413.
    scope.setErrorHandler((error, request, reply) => {
      const isTooLarge = (error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE';
      const size = Number(request.headers['content-length'] ?? bodyLimit + 1);
      return replyWithError(isTooLarge ? importErrors('FILE_TOO_LARGE', { sizeMb: toMegabytes(size, true), limitMb: toMegabytes(limits.maxFileBytes) }) : error, request, reply);
    });

    routes.get(
      '/api/imports/templates/:kind',
      {
        config: { permission: 'registry.read' },
        schema: { tags, summary: '下载导入模板 / Download an import template', params: templateParams, querystring: templateQuery },
      },
      async (request, reply) => {
        const file = await run(getImportTemplate, { kind: request.params.kind, format: request.query.format }, request);
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="template-${request.params.kind}.${request.query.format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.content);
      },
    );
    routes.post(
      '/api/imports',
      {
        bodyLimit,
        config: { permission: 'registry.write' },
        schema: {
          tags,
          summary: '上传导入文件（请求体为文件本身）/ Upload a file to import (the body is the file itself)',
          querystring: uploadImportQuery,
          consumes: fileContentTypes,
          body: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }),
          response: { 201: importDetailSchema },
        },
      },
      async (request, reply) => {
        const outcome = await run(uploadImport, { kind: request.query.kind, fileName: request.query.fileName, content: request.body }, request);
        return reply.status(201).send(outcome.import);
      },
    );
    routes.get(
      '/api/imports',
      {
        config: { permission: 'registry.write' },
        schema: { tags, summary: '导入记录 / List imports', querystring: listImportsInput, response: { 200: importPageSchema } },
      },
      (request) => run(listImports, request.query, request),
    );
    routes.get(
      '/api/imports/:id',
      {
        config: { permission: 'registry.write' },
        schema: { tags, summary: '导入详情、进度与未通过的行 / An import: status, progress, rejected rows', params: importIdParams, response: { 200: importDetailSchema } },
      },
      (request) => run(getImport, { importId: request.params.id }, request),
    );
    routes.post(
      '/api/imports/:id/commit',
      {
        config: { permission: 'registry.write' },
        schema: { tags, summary: '提交导入 / Commit an import', params: importIdParams, body: commitImportBody, response: { 200: importDetailSchema } },
      },
      async (request) => {
        const outcome = await run(commitImport, { importId: request.params.id, onlyValidRows: request.body?.onlyValidRows ?? false, execution: 'auto' }, request);
        return outcome.import;
      },
    );
  });
}
