// The evaluation questionnaire's beheer pages under /beheer/evaluatie (see
// README.md); the public form is src/web/public/evaluation-form-routes.ts.
import type { Hono } from 'hono';
import type { AppEnv } from '../../auth/principal.ts';
import type { BeheerDeps } from '../../deps.ts';
import { formEditorRoutes } from './form-editor-routes.ts';
import { resultsRoutes } from './results-routes.ts';
import { roundRoutes } from './round-routes.ts';

export function evaluationRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  roundRoutes(app, deps);
  formEditorRoutes(app, deps);
  resultsRoutes(app, deps);
}
