// Versions: the history, compare any two (or with the draft), download one
// as JSON, and roll back (beheerder only).
import type { Hono } from 'hono';
import { diffContent } from '../../core/diff/tree-diff.ts';
import type { TreeContent } from '../../store/store.ts';
import { html } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { type AppEnv, may } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { actorOf, loadDraft, notFound, page, treeNotFound } from './beheer-context.ts';
import {
  comparePage,
  draftSide,
  historyPage,
  rollbackConfirmPage,
  versionsPath,
} from './history-page.ts';

const versionPattern = /^[1-9]\d{0,5}$/;

export function historyRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const base = '/beheer/bomen/:treeId/versies';

  app.get(base, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const loaded = await loadDraft(deps, treeId);
    if (!loaded) throw notFound(treeNotFound);
    const versions = await deps.admin.versions(treeId);
    const view = historyPage(treeId, loaded.model.tree.title, versions, {
      canRollback: may(c.get('principal'), 'rollback'),
      rolledBack: c.req.query('teruggezet'),
    });
    return page(c, deps, view.title, view.main);
  });

  // Not under /versies: beside /versies/:version it would cost every request Hono's fast router.
  app.get('/beheer/bomen/:treeId/vergelijk', requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const loaded = await loadDraft(deps, treeId);
    if (!loaded) throw notFound(treeNotFound);
    const contentOf = async (side: string): Promise<TreeContent | undefined> => {
      if (side === draftSide) return loaded.draft.content;
      if (!versionPattern.test(side)) return undefined;
      return (await deps.admin.version(treeId, Number(side)))?.content;
    };
    const from = c.req.query('van') ?? '';
    const to = c.req.query('naar') ?? '';
    const [a, b] = [await contentOf(from), await contentOf(to)];
    if (!a || !b) throw notFound('Kies twee versies die bestaan, of het concept.');
    const view = comparePage(
      treeId,
      await deps.admin.versions(treeId),
      from,
      to,
      diffContent(a, b),
    );
    return page(c, deps, view.title, view.main);
  });

  app.get(`${base}/:version/download`, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const number = c.req.param('version');
    const file = versionPattern.test(number)
      ? await deps.admin.exportVersion(treeId, Number(number))
      : undefined;
    if (!file) throw notFound('Deze versie bestaat niet.');
    return c.body(`${JSON.stringify(file, null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${treeId}-versie-${number}.json"`,
    });
  });

  const rollbackTarget = async (treeId: string, number: string) => {
    if (!versionPattern.test(number)) return undefined;
    const versions = await deps.admin.versions(treeId);
    const version = versions.find((candidate) => candidate.version === Number(number));
    const latest = Math.max(...versions.map((candidate) => candidate.version));
    return version && { version, latest };
  };

  app.get(`${base}/:version/terugzetten`, requirePermission('rollback'), async (c) => {
    const treeId = c.req.param('treeId');
    const target = await rollbackTarget(treeId, c.req.param('version'));
    if (!target) throw notFound('Deze versie bestaat niet.');
    const form = html`<form method="post" action="${versionsPath(treeId)}/${String(target.version.version)}/terugzetten">
${csrfField(c.get('csrfToken'))}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Ja, publiceer versie ${String(target.version.version)} opnieuw</button>
<a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}">Nee, terug</a>
</form>`;
    const view = rollbackConfirmPage(treeId, target.version, target.latest, form);
    return page(c, deps, view.title, view.main);
  });

  app.post(`${base}/:version/terugzetten`, requirePermission('rollback'), async (c) => {
    const treeId = c.req.param('treeId');
    const target = await rollbackTarget(treeId, c.req.param('version'));
    if (!target) throw notFound('Deze versie bestaat niet.');
    const result = await deps.admin.rollback(treeId, target.version.version, actorOf(c));
    if (result.status === 'not-found') throw notFound('Deze versie bestaat niet.');
    return c.redirect(`${versionsPath(treeId)}?teruggezet=${result.version.version}`, 303);
  });
}
