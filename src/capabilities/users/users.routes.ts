import { z } from 'zod';
import type { RouteContext } from '../../app/route-context.ts';
import { sessionCookieName } from '../../platform/http/server.ts';
import { disableUser, enableUser, resetPassword } from './change-user-status.ts';
import { createUser } from './create-user.ts';
import { getCurrentUser } from './get-current-user.ts';
import { listUsers } from './list-users.ts';
import { permissionsOf, signIn, signOut } from './sessions.ts';
import { createUserInput, currentUserSchema, listUsersInput, signInInput, userPageSchema, userSchema, usernameParams } from './users.contracts.ts';

export function registerUserRoutes({ http, run, config }: RouteContext): void {
  const policy = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };

  http.post(
    '/api/auth/sign-in',
    {
      config: { permission: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '登录 / Sign in', body: signInInput, response: { 200: currentUserSchema } },
    },
    async (request, reply) => {
      const result = await run(
        signIn,
        { ...request.body, previousToken: request.cookies[sessionCookieName], policy, ipAddress: request.ip, userAgent: request.headers['user-agent'] },
        request,
      );
      if (!result.isSignedIn) throw result.error;
      reply.setCookie(sessionCookieName, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.isCookieSecure,
        path: '/',
        expires: result.expiresAt,
      });
      return { user: result.user, csrfToken: result.csrfToken, permissions: permissionsOf(result.user.role) };
    },
  );
  http.post(
    '/api/auth/sign-out',
    { config: { permission: 'session' }, schema: { tags: ['auth'], summary: '退出 / Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      await run(signOut, { token: request.cookies[sessionCookieName] ?? '' }, request);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );
  http.get(
    '/api/auth/me',
    { config: { permission: 'session' }, schema: { tags: ['auth'], summary: '当前用户 / Current user', response: { 200: currentUserSchema } } },
    async (request) => {
      const user = await run(getCurrentUser, undefined, request);
      return { user, csrfToken: request.session?.csrfToken ?? '', permissions: permissionsOf(user.role) };
    },
  );
  http.get(
    '/api/users',
    { config: { permission: 'users.read' }, schema: { tags: ['users'], summary: '用户列表 / List users', querystring: listUsersInput, response: { 200: userPageSchema } } },
    (request) => run(listUsers, request.query, request),
  );
  http.post(
    '/api/users',
    { config: { permission: 'users.manage' }, schema: { tags: ['users'], summary: '新建用户 / Create a user', body: createUserInput, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await run(createUser, request.body, request)),
  );
  http.post(
    '/api/users/:username/disable',
    { config: { permission: 'users.manage' }, schema: { tags: ['users'], summary: '停用用户 / Disable a user', params: usernameParams, response: { 200: userSchema } } },
    (request) => run(disableUser, request.params, request),
  );
  http.post(
    '/api/users/:username/enable',
    { config: { permission: 'users.manage' }, schema: { tags: ['users'], summary: '启用用户 / Enable a user', params: usernameParams, response: { 200: userSchema } } },
    (request) => run(enableUser, request.params, request),
  );
  http.post(
    '/api/users/:username/reset-password',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: '重置密码 / Reset a password',
        params: usernameParams,
        body: z.object({ password: z.string().min(1).max(200) }),
        response: { 200: userSchema },
      },
    },
    (request) => run(resetPassword, { username: request.params.username, password: request.body.password }, request),
  );
}
