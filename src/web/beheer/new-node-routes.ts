// `/beheer/bomen/:treeId/nieuw`: add a question, check or outcome.
import type { Hono } from 'hono';
import { errorSummary } from '../../views/error-summary.ts';
import { html } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import type { AppEnv } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import {
  actorOf,
  type BeheerContext,
  type LoadedDraft,
  loadDraft,
  notFound,
  page,
  treeNotFound,
} from './beheer-context.ts';
import { editPath, nodeEditPath, treePath } from './beheer-paths.ts';
import { modelContent, readDraftModel } from './draft-model.ts';
import { type FieldErrors, selectField, textField } from './form-fields.ts';
import { FormInput } from './form-input.ts';
import { addNode, type NewNodeState, newKinds } from './new-node.ts';
import { readableProblem } from './problem-texts.ts';
import { routeChoices } from './route-choices.ts';

function newNodePage(
  c: BeheerContext,
  deps: BeheerDeps,
  loaded: LoadedDraft,
  state: NewNodeState,
  errors: FieldErrors,
  status: 200 | 409 | 422,
) {
  const treeId = loaded.draft.treeId;
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${treePath(treeId)}">Terug naar het concept</a></p>
<h1 class="utrecht-heading-1">Vraag, controle of uitkomst toevoegen</h1>
${errorSummary(Object.entries(errors).map(([field, message]) => ({ href: `#${field}`, message })))}
${status === 409 ? html`<div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">Iemand anders heeft dit concept intussen opgeslagen. Er is nog niets toegevoegd; uw invoer staat hieronder. Klik nogmaals op "Toevoegen".</p></div></div>` : ''}
<p class="utrecht-paragraph">Na het toevoegen vult u de rest in. Laat daarna een vraag of uitkomst ernaartoe leiden.</p>
<form method="post" action="${editPath(treeId, 'nieuw')}" novalidate>
${csrfField(c.get('csrfToken'))}
<input type="hidden" name="revision" value="${String(loaded.draft.revision)}">
${selectField({ name: 'kind', label: 'Wat voegt u toe?', value: state.kind, choices: [{ value: '', label: '— kies —' }, ...newKinds], error: errors.kind })}
${textField({ name: 'id', label: 'Id', value: state.id, hint: 'Kleine letters, cijfers, - of _, en begin met een letter. De id verandert later niet meer: de API en de statistiek gebruiken hem.', error: errors.id })}
${textField({ name: 'text', label: 'Tekst van de vraag of controle, of titel van de uitkomst', value: state.text, error: errors.text })}
${selectField({ name: 'next', label: 'Daarna naar (alleen bij een datumvraag of controle)', value: state.next, choices: routeChoices(loaded.model.tree, '— kies —'), error: errors.next })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Toevoegen</button>
</form>`;
  return page(c, deps, 'Toevoegen', main, status);
}

export function newNodeRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const path = '/beheer/bomen/:treeId/nieuw';
  app.get(path, requirePermission('editDrafts'), async (c) => {
    const loaded = await loadDraft(deps, c.req.param('treeId'));
    if (!loaded) throw notFound(treeNotFound);
    return newNodePage(c, deps, loaded, { kind: '', id: '', text: '', next: '' }, {}, 200);
  });
  app.post(path, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const loaded = await loadDraft(deps, treeId);
    if (!loaded) throw notFound(treeNotFound);
    const form = await FormInput.read(c);
    const state = {
      kind: form.get('kind'),
      id: form.get('id').trim(),
      text: form.get('text'),
      next: form.get('next'),
    };
    const added = addNode(loaded.model, state);
    if ('errors' in added) return newNodePage(c, deps, loaded, state, added.errors, 422);
    const result = await deps.admin.saveDraft(
      treeId,
      modelContent(added.model),
      Number(form.get('revision')),
      actorOf(c),
    );
    switch (result.status) {
      case 'saved':
        return c.redirect(
          `${nodeEditPath(treeId, added.model.tree, state.id) ?? treePath(treeId)}?opgeslagen=1`,
          303,
        );
      case 'conflict': {
        const model = readDraftModel(result.current.content);
        if (!model) throw notFound('Het huidige concept kan niet worden gelezen.');
        return newNodePage(
          c,
          deps,
          { draft: result.current, check: result.check, model },
          state,
          {},
          409,
        );
      }
      case 'invalid': {
        const errors = Object.fromEntries(
          result.problems.map((problem) => [
            problem.path.endsWith('.text') || problem.path.endsWith('.title') ? 'text' : 'id',
            readableProblem(loaded.model, problem),
          ]),
        );
        return newNodePage(c, deps, loaded, state, errors, 422);
      }
      case 'not-found':
        throw notFound(treeNotFound);
    }
  });
}
