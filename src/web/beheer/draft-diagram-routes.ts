// The draft as a picture, beside its check on the draft page: what
// dangles or cannot be reached shows up as a box without arrows.
import type { Hono } from 'hono';
import { layoutTree } from '../../render/diagram-layout.ts';
import { diagramSvg } from '../../render/diagram-svg.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import type { AppEnv } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { type LoadedDraft, loadDraft, notFound, treeNotFound } from './beheer-context.ts';
import { treePath } from './beheer-paths.ts';

export function draftDiagramPath(treeId: string, revision: number): string {
  return `${treePath(treeId)}/concept.svg?revisie=${revision}`;
}

export function draftDiagram(treeId: string, loaded: LoadedDraft): SafeHtml {
  const src = draftDiagramPath(treeId, loaded.draft.revision);
  return html`<figure class="wkb-path-diagram wkb-draft-diagram">
<img src="${src}" alt="Schema van het concept van de ${loaded.model.tree.title}, revisie ${String(loaded.draft.revision)}. Elke vraag, controle en uitkomst staat erin; een blok zonder pijl ernaartoe is niet bereikbaar.">
<figcaption class="wkb-meta"><a class="utrecht-link utrecht-link--html-a" href="${src}">Open het schema van het concept</a></figcaption>
</figure>`;
}

export function draftDiagramRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get('/beheer/bomen/:treeId/concept.svg', requirePermission('editDrafts'), async (c) => {
    const loaded = await loadDraft(deps, c.req.param('treeId'));
    if (!loaded) throw notFound(treeNotFound);
    const layout = await layoutTree(loaded.model.tree);
    return c.body(diagramSvg(layout, { idPrefix: 'concept' }), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'private, no-store',
    });
  });
}
