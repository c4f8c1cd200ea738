// The evaluation questionnaire: the public form per open round under
// /evaluatie/:slug, and the beheer pages under /beheer/evaluatie (see README.md).
import type { Hono } from 'hono';
import type { AppEnv } from '../auth/principal.ts';
import type { BeheerDeps } from '../deps.ts';
import { formEditorRoutes } from './form-editor-routes.ts';
import { publicEvaluationRoutes } from './public-routes.ts';
import { resultsRoutes } from './results-routes.ts';
import { roundRoutes } from './round-routes.ts';

export function evaluationRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  publicEvaluationRoutes(app, deps);
  roundRoutes(app, deps);
  formEditorRoutes(app, deps);
  resultsRoutes(app, deps);
}
