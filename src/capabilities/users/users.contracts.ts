import { z } from 'zod';
import { roles } from '../../platform/auth/roles.ts';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  organisationType: z.string(),
  role: z.enum(roles),
  isDisabled: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, . _ - only');

export const createUserInput = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  organisationCode: z.string().trim().min(1),
  role: z.enum(roles),
  password: z.string().min(1).max(200),
  mustChangePassword: z.boolean().optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const listUsersInput = z.object({
  search: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListUsersInput = z.infer<typeof listUsersInput>;

export const userPageSchema = z.object({ items: z.array(userSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const usernameParams = z.object({ username: usernameSchema });

export const resetPasswordInput = z.object({ username: usernameSchema, password: z.string().min(1).max(200) });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const signInInput = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });
export type SignInInput = z.infer<typeof signInInput>;

export const currentUserSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  permissions: z.array(z.string()),
});
