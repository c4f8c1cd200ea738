// The beheer pages of accounts: your own account, users and their API tokens,
// the audit log. (Signing in and out is src/web/auth.)
import type { Hono } from 'hono';
import type { AppEnv } from '../../auth/principal.ts';
import type { BeheerDeps } from '../../deps.ts';
import { accountRoutes } from './account-routes.ts';
import { auditLogRoutes } from './audit-log-routes.ts';
import { tokenRoutes } from './token-routes.ts';
import { userRoutes } from './user-routes.ts';

export function accountsRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  accountRoutes(app, deps);
  userRoutes(app, deps);
  tokenRoutes(app, deps);
  auditLogRoutes(app, deps);
}
