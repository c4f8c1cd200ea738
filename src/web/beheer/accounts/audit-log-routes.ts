// GET /beheer/logboek: the audit log for beheerders, paged with `?voor=<id>`.
import type { Hono } from 'hono';
import type { AppEnv } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import type { BeheerDeps } from '../../deps.ts';
import { beheerPage } from '../ui/beheer-page.ts';
import { auditLogPage } from './audit-log-page.ts';

export const auditPageSize = 50;

export function auditLogRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get('/beheer/logboek', requirePermission('readAudit'), async (c) => {
    const before = c.req.query('voor');
    const beforeId =
      before !== undefined && /^[1-9][0-9]{0,15}$/.test(before) ? Number(before) : undefined;
    // One more than a page, to know whether there are older entries.
    const found = await deps.store.auditLog({
      limit: auditPageSize + 1,
      ...(beforeId ? { beforeId } : {}),
    });
    const entries = found.slice(0, auditPageSize);
    const olderFrom = found.length > auditPageSize ? entries.at(-1)?.id : undefined;
    return beheerPage(c, deps, {
      title: 'Logboek',
      main: auditLogPage({ entries, olderFrom, isFirstPage: beforeId === undefined }),
    });
  });
}
