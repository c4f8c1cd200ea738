// Anonymous usage statistics: the public event endpoint the walk
// script sends to, and the dashboard under /beheer/gebruik.
import type { Hono } from 'hono';
import type { AppEnv } from '../auth/principal.ts';
import type { BeheerDeps } from '../deps.ts';
import { usageBeaconRoute } from './usage-beacon-route.ts';
import { usageDashboardRoutes } from './usage-dashboard-routes.ts';

export function usageRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  usageBeaconRoute(app, deps);
  usageDashboardRoutes(app, deps);
}
