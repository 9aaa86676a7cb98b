import type { FastifyReply } from 'fastify';

/** Sends an .xlsx download with an ASCII file name and its Chinese name for browsers that read `filename*`. */
export function sendWorkbook(reply: FastifyReply, workbook: { buffer: Buffer; rowCount: number; isTruncated?: boolean }, names: { ascii: string; chinese: string }): FastifyReply {
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeURIComponent(names.chinese)}`)
    .header('x-kjt-row-count', String(workbook.rowCount));
  if (workbook.isTruncated !== undefined) reply.header('x-kjt-truncated', String(workbook.isTruncated));
  return reply.send(workbook.buffer);
}
