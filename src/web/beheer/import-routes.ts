// Import and export: upload a JSON file as the new draft (refused with every
// problem listed, the draft untouched) and download the draft or a version.
import type { Hono } from 'hono';
import type { ReadableIssue } from '../../core/tree/readable-issues.ts';
import { exportFormatName } from '../../services/tree-export.ts';
import { html, type SafeHtml } from '../../views/html.ts';
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
import { treePath } from './beheer-paths.ts';
import type { DraftModel } from './draft-model.ts';
import { FormInput } from './form-input.ts';
import { versionsPath } from './history-page.ts';
import { readableProblem } from './problem-texts.ts';

function importPage(
  c: BeheerContext,
  deps: BeheerDeps,
  loaded: LoadedDraft,
  message: SafeHtml | '',
  status: 200 | 409 | 422,
) {
  const treeId = loaded.draft.treeId;
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${treePath(treeId)}">Terug naar het concept</a></p>
<h1 class="utrecht-heading-1">Importeren en exporteren</h1>
${message}
<h2 class="utrecht-heading-2">Exporteren</h2>
<p class="utrecht-paragraph">Een download is een JSON-bestand met de boom en de scenario’s. U kunt het later hier weer importeren.</p>
<ul class="utrecht-unordered-list">
<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="${treePath(treeId)}/concept.json" download>Het concept downloaden (revisie ${String(loaded.draft.revision)})</a></li>
<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}">Een gepubliceerde versie downloaden</a> (in de geschiedenis)</li>
</ul>
<h2 class="utrecht-heading-2">Importeren</h2>
<p class="utrecht-paragraph">Het bestand vervangt het hele concept. Heeft het bestand fouten, dan ziet u ze allemaal en blijft het concept zoals het is.</p>
<form method="post" action="${treePath(treeId)}/importeren" enctype="multipart/form-data" novalidate>
${csrfField(c.get('csrfToken'))}
<input type="hidden" name="revision" value="${String(loaded.draft.revision)}">
<div class="utrecht-form-field utrecht-form-field--text">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="bestand">JSON-bestand</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="file" id="bestand" name="bestand" accept="application/json,.json"></div>
</div>
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Importeren als nieuw concept</button>
</form>`;
  return page(c, deps, 'Importeren en exporteren', main, status);
}

function refusedMessage(model: DraftModel, problems: readonly ReadableIssue[]): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert" id="foutmelding" tabindex="-1"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">Niet geïmporteerd</h2>
<p class="utrecht-paragraph">Het bestand heeft ${problems.length === 1 ? 'één probleem' : `${problems.length} problemen`}. Het concept is niet veranderd.</p>
<ul class="utrecht-unordered-list">${problems.map((problem) => html`<li class="utrecht-unordered-list__item">${readableProblem(model, problem)}</li>`)}</ul>
</div></div></div>`;
}

async function readUpload(
  form: FormInput,
): Promise<{ file: unknown } | { problems: ReadableIssue[] }> {
  const upload = form.file('bestand');
  if (!upload || upload.size === 0) {
    return {
      problems: [
        { code: 'import-missing', path: '', message: 'Kies een bestand om te importeren.' },
      ],
    };
  }
  try {
    return { file: JSON.parse(await upload.text()) };
  } catch {
    return {
      problems: [
        {
          code: 'import-json',
          path: '',
          message: 'Dit bestand is geen JSON. Kies een bestand dat u hier eerder heeft gedownload.',
        },
      ],
    };
  }
}

export function importRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get('/beheer/bomen/:treeId/concept.json', requirePermission('editDrafts'), async (c) => {
    const loaded = await loadDraft(deps, c.req.param('treeId'));
    if (!loaded) throw notFound(treeNotFound);
    const { draft } = loaded;
    const file = {
      format: exportFormatName,
      formatVersion: 1,
      treeId: draft.treeId,
      revision: draft.revision,
      tree: draft.content.tree,
      scenarios: draft.content.scenarios,
    };
    return c.body(`${JSON.stringify(file, null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${draft.treeId}-concept-${draft.revision}.json"`,
    });
  });

  app.get('/beheer/bomen/:treeId/importeren', requirePermission('editDrafts'), async (c) => {
    const loaded = await loadDraft(deps, c.req.param('treeId'));
    if (!loaded) throw notFound(treeNotFound);
    return importPage(c, deps, loaded, '', 200);
  });

  app.post('/beheer/bomen/:treeId/importeren', requirePermission('importDraft'), async (c) => {
    const treeId = c.req.param('treeId');
    const loaded = await loadDraft(deps, treeId);
    if (!loaded) throw notFound(treeNotFound);
    const form = await FormInput.read(c);
    const upload = await readUpload(form);
    if ('problems' in upload)
      return importPage(c, deps, loaded, refusedMessage(loaded.model, upload.problems), 422);
    const result = await deps.admin.importDraft(
      treeId,
      upload.file,
      Number(form.get('revision')),
      actorOf(c),
    );
    switch (result.status) {
      case 'saved':
        return c.redirect(`${treePath(treeId)}?geimporteerd=1`, 303);
      case 'invalid':
        return importPage(c, deps, loaded, refusedMessage(loaded.model, result.problems), 422);
      case 'conflict': {
        const message = html`<div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">Iemand anders heeft dit concept intussen opgeslagen. Er is niets geïmporteerd. Bekijk eerst het concept; kies daarna het bestand opnieuw als u het toch wilt importeren.</p></div></div>`;
        const current = await loadDraft(deps, treeId);
        return importPage(c, deps, current ?? loaded, message, 409);
      }
      case 'not-found':
        throw notFound(treeNotFound);
    }
  });
}
