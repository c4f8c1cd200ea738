// What a beheer route needs for the request: the signed-in user, the draft of
// the tree in the URL, and a way to answer with a page in the beheer layout.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import type { DraftRecord } from '../../store/store.ts';
import type { SafeHtml } from '../../views/html.ts';
import type { AppEnv } from '../auth/principal.ts';
import type { BeheerDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import { type DraftModel, readDraftModel } from './draft-model.ts';
import { beheerPage } from './ui/beheer-page.ts';

export type BeheerContext = Context<AppEnv>;

export interface LoadedDraft {
  draft: DraftRecord;
  check: DraftCheck;
  model: DraftModel;
}

export async function loadDraft(
  deps: BeheerDeps,
  treeId: string,
): Promise<LoadedDraft | undefined> {
  const found = await deps.admin.draft(treeId);
  const model = found && readDraftModel(found.draft.content);
  return found && model && { ...found, model };
}

export function page(
  c: BeheerContext,
  deps: BeheerDeps,
  title: string,
  main: SafeHtml,
  status: ContentfulStatusCode = 200,
): Response {
  return beheerPage(c, deps, { title, main, status, hasErrors: status === 422 });
}

/** The one wording for a tree that is not there. */
export const treeNotFound = 'Deze boom bestaat niet.';

/** Thrown by a beheer route; app.ts shows it in the beheer layout with status 404. */
export function notFound(message: string): HttpProblem {
  return new HttpProblem(404, 'Niet gevonden', message, [], {
    back: { href: '/beheer', label: 'Naar de bomen' },
  });
}

export function actorOf(c: BeheerContext): { email: string } {
  const principal = c.get('principal');
  // requirePermission runs first on every beheer route: there is always a principal here.
  if (!principal) throw new Error('A beheer route ran without a signed-in user.');
  return { email: principal.email };
}
