// The routes of accounts and security: sign in and out, users and their API
// tokens, the audit log.
import type { Hono } from 'hono';
import type { BeheerDeps } from '../deps.ts';
import { accountRoutes } from './account-routes.ts';
import { auditLogRoutes } from './audit-log-routes.ts';
import type { AppEnv } from './principal.ts';
import { signInRoutes } from './sign-in-routes.ts';
import { tokenRoutes } from './token-routes.ts';
import { userRoutes } from './user-routes.ts';

export function authRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  signInRoutes(app, deps);
  accountRoutes(app, deps);
  userRoutes(app, deps);
  tokenRoutes(app, deps);
  auditLogRoutes(app, deps);
}
