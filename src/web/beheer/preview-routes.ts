// `/beheer/bomen/:treeId/voorbeeld`: walk the DRAFT with the same views as the
// public walk, for signed-in editors only, under a clear banner.
import type { Hono } from 'hono';
import { isProblem } from '../../core/problem.ts';
import { renderTreeTexts } from '../../render/tree-texts.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { walkContext } from '../../views/walk-request.ts';
import { isOtherAddress, parseWalkQuery } from '../../views/walk-url.ts';
import { walkView } from '../../views/walk-view.ts';
import type { AppEnv } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { loadDraft, notFound, page, treeNotFound } from './beheer-context.ts';
import { treePath } from './beheer-paths.ts';
import { problemList } from './check-panel.ts';

function banner(treeId: string, revision: number): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--warning wkb-preview-banner" role="note"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph"><strong>Voorbeeld van het concept</strong> (revisie ${String(revision)}). Dit is nog niet gepubliceerd; alleen ingelogde redacteuren en beheerders zien dit. <a class="utrecht-link utrecht-link--html-a" href="${treePath(treeId)}">Terug naar het concept</a></p></div></div>`;
}

export function previewRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get('/beheer/bomen/:treeId/voorbeeld', requirePermission('preview'), async (c) => {
    const treeId = c.req.param('treeId');
    const loaded = await loadDraft(deps, treeId);
    if (!loaded) throw notFound(treeNotFound);
    const revision = loaded.draft.revision;
    const top = banner(treeId, revision);
    const tree = loaded.check.tree;
    if (!tree) {
      const main = html`${top}<h1 class="utrecht-heading-1">Het concept kan nog niet worden doorlopen</h1>
<p class="utrecht-paragraph">Los eerst deze fouten op:</p>
${problemList(treeId, loaded.model, loaded.check)}`;
      return page(c, deps, 'Voorbeeld van het concept', main, 422);
    }
    const url = new URL(c.req.url);
    const query = parseWalkQuery(url.searchParams);
    const basePath = `${treePath(treeId)}/voorbeeld`;
    const source = { tree, texts: renderTreeTexts(tree), version: revision };
    const ctx = walkContext(source, query, deps.today(), basePath);
    if (isProblem(ctx)) {
      const main = html`${top}<h1 class="utrecht-heading-1">Fout in het adres</h1><p class="utrecht-paragraph">${ctx.message}</p>`;
      return page(c, deps, 'Voorbeeld van het concept', main, 400);
    }
    const view = walkView({ ...ctx, preview: true, homeHref: treePath(treeId) }, query);
    if (!view.invalid && isOtherAddress(view.href, url.search)) {
      return c.redirect(view.href, 303);
    }
    return page(
      c,
      deps,
      `Voorbeeld: ${view.title}`,
      html`${top}<div class="wkb-preview-walk">${view.main}</div>`,
      view.invalid ? 422 : 200,
    );
  });
}
