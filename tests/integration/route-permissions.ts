import type { Permission } from '../../src/platform/auth/roles.ts';

/**
 * The declared permission of every API route. The authorization-matrix test fails when a route is
 * registered that is not listed here, or declares another permission than the one listed.
 */
export const declaredRoutePermissions: Record<string, Permission> = {
  'GET /api/openapi.json': 'public',
  'GET /api/health': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'session',
  'GET /api/auth/me': 'session',
  'GET /api/organisations': 'organisations.read',
  'POST /api/organisations': 'organisations.manage',
  'GET /api/users': 'users.read',
  'POST /api/users': 'users.manage',
  'POST /api/users/:username/disable': 'users.manage',
  'POST /api/users/:username/enable': 'users.manage',
  'POST /api/users/:username/reset-password': 'users.manage',
  'GET /api/audit/entries': 'audit.read',
  'GET /api/audit/verifications': 'audit.read',
  'POST /api/audit/verify': 'audit.verify',
  'GET /api/policy-packs': 'public',
  'GET /api/policy-packs/in-force': 'public',
  'GET /api/policy-packs/:id': 'public',
  'POST /api/policy-packs/:id/supersede': 'policy.manage',
  'POST /api/policy-packs': 'policy.manage',
  'GET /api/enterprises': 'registry.read',
  'GET /api/enterprises/export': 'registry.read',
  'GET /api/enterprises/:uscc': 'registry.read',
  'PATCH /api/enterprises/:uscc': 'registry.write',
  'POST /api/enterprises/uscc-exceptions': 'registry.write',
  'GET /api/imports/templates/:kind': 'registry.read',
  'POST /api/imports': 'registry.write',
  'GET /api/imports': 'registry.write',
  'GET /api/imports/:id': 'registry.write',
  'POST /api/imports/:id/commit': 'registry.write',
};
