// Versions: the history on its timeline, compare any two (or with the
// draft), download one as JSON, cancel a scheduled one and roll back from a
// chosen day (beheerder only).
import type { Hono } from 'hono';
import { formatTypedDate } from '../../core/dates/dutch-date.ts';
import { diffContent } from '../../core/diff/tree-diff.ts';
import type { Problem } from '../../core/problem.ts';
import type { TreeContent } from '../../store/store.ts';
import { errorSummary } from '../../views/error-summary.ts';
import { html } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { type AppEnv, may } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import {
  actorOf,
  type BeheerContext,
  loadDraft,
  notFound,
  page,
  treeNotFound,
} from './beheer-context.ts';
import { textField } from './form-fields.ts';
import { FormInput } from './form-input.ts';
import {
  cancelConfirmPage,
  cancellable,
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
    const versions = await deps.admin.versionsInTime(treeId);
    const view = historyPage(treeId, loaded.model.tree.title, versions, {
      canRollback: may(c.get('principal'), 'rollback'),
      canCancel: may(c.get('principal'), 'publish'),
      today: deps.admin.today(),
      rolledBack: c.req.query('teruggezet'),
      cancelled: c.req.query('ingetrokken'),
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
    const versions = await deps.admin.versionsInTime(treeId);
    const timed = (side: string) => versions.find((version) => String(version.version) === side);
    const [left, right] = [timed(from), timed(to)];
    const view = comparePage(
      treeId,
      versions,
      from,
      to,
      diffContent(a, b),
      left && right && left !== right ? { left, right } : undefined,
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

  const cancelTarget = async (treeId: string, number: string) => {
    if (!versionPattern.test(number)) return undefined;
    const versions = await deps.admin.versionsInTime(treeId);
    return versions.find((candidate) => candidate.version === Number(number));
  };
  const cannotCancel = (treeId: string, message: string) =>
    new HttpProblem(409, 'Intrekken kan niet', message, [], {
      back: { href: versionsPath(treeId), label: 'Terug naar de geschiedenis' },
    });

  app.get(`${base}/:version/intrekken`, requirePermission('publish'), async (c) => {
    const treeId = c.req.param('treeId');
    const version = await cancelTarget(treeId, c.req.param('version'));
    if (!version) throw notFound('Deze versie bestaat niet.');
    if (!cancellable(version, deps.admin.today())) {
      throw cannotCancel(
        treeId,
        `Versie ${version.version} is niet gepland: ze geldt al, gold al of is al ingetrokken.`,
      );
    }
    const form = html`<form method="post" action="${versionsPath(treeId)}/${String(version.version)}/intrekken">
${csrfField(c.get('csrfToken'))}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Ja, trek versie ${String(version.version)} in</button>
<a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}">Nee, terug</a>
</form>`;
    const view = cancelConfirmPage(treeId, version, form);
    return page(c, deps, view.title, view.main);
  });

  app.post(`${base}/:version/intrekken`, requirePermission('publish'), async (c) => {
    const treeId = c.req.param('treeId');
    const number = c.req.param('version');
    if (!versionPattern.test(number)) throw notFound('Deze versie bestaat niet.');
    const result = await deps.admin.cancel(treeId, Number(number), actorOf(c));
    switch (result.status) {
      case 'cancelled':
        return c.redirect(`${versionsPath(treeId)}?ingetrokken=${number}`, 303);
      case 'refused':
        throw cannotCancel(treeId, result.problems.map((problem) => problem.message).join(' '));
      case 'not-found':
        throw notFound('Deze versie bestaat niet.');
    }
  });

  type Typed = { geldigVanaf: string; geldtVoorOntruimingenVanaf: string };
  const rollbackPage = (
    c: BeheerContext,
    treeId: string,
    target: NonNullable<Awaited<ReturnType<typeof rollbackTarget>>>,
    typed: Typed,
    problems: readonly Problem[] = [],
  ) => {
    const errorOf = (field: string) => problems.find((problem) => problem.path === field)?.message;
    const form = html`${problems.length > 0 ? errorSummary(problems.map((problem) => ({ href: `#${problem.path}`, message: problem.message }))) : ''}
<form method="post" action="${versionsPath(treeId)}/${String(target.version.version)}/terugzetten" novalidate>
${csrfField(c.get('csrfToken'))}
${textField({ name: 'geldigVanaf', label: 'Vanaf wanneer geldt dit?', value: typed.geldigVanaf, hint: 'Schrijf dag-maand-jaar. Vandaag of later; een latere dag plant de versie in.', error: errorOf('geldigVanaf') })}
${textField({ name: 'geldtVoorOntruimingenVanaf', label: 'Alleen voor ontruimingen vanaf (overgangsrecht, mag leeg)', value: typed.geldtVoorOntruimingenVanaf, hint: 'Een ontruiming van vóór die dag houdt de regels van de versie die eerder gold.', error: errorOf('geldtVoorOntruimingenVanaf') })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Ja, publiceer versie ${String(target.version.version)} opnieuw</button>
<a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}">Nee, terug</a>
</form>`;
    const view = rollbackConfirmPage(treeId, target.version, target.latest, form);
    return page(c, deps, view.title, view.main, problems.length > 0 ? 422 : 200);
  };

  app.get(`${base}/:version/terugzetten`, requirePermission('rollback'), async (c) => {
    const treeId = c.req.param('treeId');
    const target = await rollbackTarget(treeId, c.req.param('version'));
    if (!target) throw notFound('Deze versie bestaat niet.');
    return rollbackPage(c, treeId, target, {
      geldigVanaf: formatTypedDate(deps.admin.today()),
      geldtVoorOntruimingenVanaf: '',
    });
  });

  app.post(`${base}/:version/terugzetten`, requirePermission('rollback'), async (c) => {
    const treeId = c.req.param('treeId');
    const target = await rollbackTarget(treeId, c.req.param('version'));
    if (!target) throw notFound('Deze versie bestaat niet.');
    const form = await FormInput.read(c);
    const typed = {
      geldigVanaf: form.get('geldigVanaf'),
      geldtVoorOntruimingenVanaf: form.get('geldtVoorOntruimingenVanaf'),
    };
    const result = await deps.admin.rollback(treeId, target.version.version, actorOf(c), typed);
    if (result.status === 'not-found') throw notFound('Deze versie bestaat niet.');
    if (result.status === 'invalid') return rollbackPage(c, treeId, target, typed, result.problems);
    return c.redirect(`${versionsPath(treeId)}?teruggezet=${result.version.version}`, 303);
  });
}
