// Removing a question, check, outcome or scenario: a page that asks to
// confirm (and shows what points at it), then a save like any other.
import type { Hono } from 'hono';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import type { AppEnv } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { actorOf, type BeheerContext, loadDraft, notFound, page } from './beheer-context.ts';
import { treePath } from './beheer-paths.ts';
import { problemList } from './check-panel.ts';
import { modelContent } from './draft-model.ts';
import { formAction } from './edit-page.ts';
import type { AnyEditor, EditTarget } from './editor.ts';
import { FormInput } from './form-input.ts';
import { referenceList } from './tree-references.ts';

function confirmPage(
  c: BeheerContext,
  editor: AnyEditor,
  target: EditTarget,
  revision: number,
  message?: SafeHtml,
): { title: string; main: SafeHtml } {
  const title = `${editor.heading(target).replace(/ wijzigen$/, '')} verwijderen`;
  const isNode = editor.part !== 'scenario';
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${formAction(editor, target)}">Terug</a></p>
<h1 class="utrecht-heading-1">${title}</h1>
${message ?? ''}
${isNode ? html`<p class="utrecht-paragraph">Dit verwijst er nu naartoe. Na het verwijderen leidt dit nergens meer heen; de controle van het concept laat dat zien, zodat u het kunt aanpassen.</p>${referenceList(target.treeId, target.model.tree, target.key)}` : ''}
<form method="post" action="${formAction(editor, target)}/verwijderen">
${csrfField(c.get('csrfToken'))}
<input type="hidden" name="revision" value="${String(revision)}">
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Ja, verwijderen</button>
<a class="utrecht-link utrecht-link--html-a" href="${formAction(editor, target)}">Nee, terug</a>
</form>`;
  return { title, main };
}

export function removeRoutes(
  app: Hono<AppEnv>,
  deps: BeheerDeps,
  editors: readonly AnyEditor[],
): void {
  for (const editor of editors.filter((candidate) => candidate.remove)) {
    const path = `/beheer/bomen/:treeId/${editor.part}/:key/verwijderen`;
    const load = async (c: BeheerContext) => {
      const treeId = c.req.param('treeId') ?? '';
      const loaded = await loadDraft(deps, treeId);
      return (
        loaded && { loaded, target: { treeId, model: loaded.model, key: c.req.param('key') ?? '' } }
      );
    };
    app.get(path, requirePermission('editDrafts'), async (c) => {
      const found = await load(c);
      if (!found || editor.remove?.(found.target) === undefined)
        throw notFound('Dit onderdeel bestaat niet in het concept.');
      const view = confirmPage(c, editor, found.target, found.loaded.draft.revision);
      return page(c, deps, view.title, view.main);
    });
    app.post(path, requirePermission('editDrafts'), async (c) => {
      const found = await load(c);
      const model = found && editor.remove?.(found.target);
      if (!found || !model) throw notFound('Dit onderdeel bestaat niet (meer) in het concept.');
      const revision = Number((await FormInput.read(c)).get('revision'));
      const result = await deps.admin.saveDraft(
        found.target.treeId,
        modelContent(model),
        revision,
        actorOf(c),
      );
      if (result.status === 'saved') {
        return c.redirect(
          `${treePath(found.target.treeId)}?verwijderd=${encodeURIComponent(found.target.key)}`,
          303,
        );
      }
      if (result.status === 'conflict') {
        const message = html`<div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">Iemand anders heeft dit concept intussen opgeslagen. Er is niets verwijderd. Kijk of u dit nog steeds wilt verwijderen.</p></div></div>`;
        const view = confirmPage(c, editor, found.target, result.current.revision, message);
        return page(c, deps, view.title, view.main, 409);
      }
      const problems = result.status === 'invalid' ? result.problems : [];
      const message = html`<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p class="utrecht-paragraph">Dit kan niet worden verwijderd:</p>${problemList(found.target.treeId, found.loaded.model, { ...found.loaded.check, treeProblems: problems.map((problem) => ({ ...problem, severity: 'error' })), scenarioProblems: [] })}</div></div></div>`;
      const view = confirmPage(c, editor, found.target, found.loaded.draft.revision, message);
      return page(c, deps, view.title, view.main, 422);
    });
  }
}
