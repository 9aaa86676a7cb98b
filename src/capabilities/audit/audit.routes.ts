import type { RouteContext } from '../../app/route-context.ts';
import { auditPageSchema, chainVerificationSchema, listAuditEntriesInput, verificationHistorySchema } from './audit.contracts.ts';
import { listAuditEntries, listAuditVerifications } from './list-audit-entries.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

export function registerAuditRoutes({ http, run }: RouteContext): void {
  http.get(
    '/api/audit/entries',
    { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: '审计日志 / Audit log', querystring: listAuditEntriesInput, response: { 200: auditPageSchema } } },
    (request) => run(listAuditEntries, request.query, request),
  );
  http.get(
    '/api/audit/verifications',
    { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: '校验记录 / Verification history', response: { 200: verificationHistorySchema } } },
    (request) => run(listAuditVerifications, { limit: 50 }, request),
  );
  http.post(
    '/api/audit/verify',
    { config: { permission: 'audit.verify' }, schema: { tags: ['audit'], summary: '校验审计链 / Verify the audit chain', response: { 200: chainVerificationSchema } } },
    (request) => run(verifyAuditChain, { trigger: 'web' }, request),
  );
}
