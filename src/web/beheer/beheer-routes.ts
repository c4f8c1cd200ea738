// Every route of the editor under /beheer. Viewing and editing
// need `editDrafts` (redacteur, beheerder); publishing and rolling back are
// for beheerders; the auth middleware has run before these.
import type { Hono } from 'hono';
import type { AppEnv } from '../auth/principal.ts';
import type { BeheerDeps } from '../deps.ts';
import { draftDiagramRoutes } from './draft-diagram-routes.ts';
import { draftRoutes } from './draft-routes.ts';
import { editRoutes } from './edit-routes.ts';
import { editors } from './editor-registry.ts';
import { historyRoutes } from './history-routes.ts';
import { importRoutes } from './import-routes.ts';
import { newNodeRoutes } from './new-node-routes.ts';
import { previewRoutes } from './preview-routes.ts';
import { removeRoutes } from './remove-routes.ts';
import { reviewRoutes } from './review-routes.ts';
import { sharedRulesHistoryRoutes } from './shared-rules-history-routes.ts';
import { sharedRulesRoutes } from './shared-rules-routes.ts';

export function beheerRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  draftRoutes(app, deps);
  draftDiagramRoutes(app, deps);
  newNodeRoutes(app, deps);
  removeRoutes(app, deps, editors);
  editRoutes(app, deps, editors);
  previewRoutes(app, deps);
  historyRoutes(app, deps);
  importRoutes(app, deps);
  sharedRulesRoutes(app, deps);
  sharedRulesHistoryRoutes(app, deps);
  reviewRoutes(app, deps);
}
