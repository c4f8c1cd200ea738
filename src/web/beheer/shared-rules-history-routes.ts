// `/beheer/gedeeld/versies`: the shared rules' versions on their timeline,
// what changed in each, and cancelling a scheduled one (beheerder only).
import type { Hono } from 'hono';
import { diffSharedRules } from '../../core/diff/shared-rules-diff.ts';
import { sharedRulesSchema } from '../../core/tree/shared-rules.ts';
import { type AppEnv, may } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import { actorOf, notFound, page } from './beheer-context.ts';
import { sharedHistoryPage } from './shared-rules-page.ts';
import { sharedRulesPath } from './shared-rules-paths.ts';

const historyPath = `${sharedRulesPath}/versies`;

export function sharedRulesHistoryRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get(historyPath, requirePermission('editDrafts'), async (c) => {
    const summaries = await deps.sharedRules.versionsInTime();
    const records = await Promise.all(
      summaries.map((summary) => deps.sharedRules.version(summary.version)),
    );
    const rules = records.map((record) => sharedRulesSchema.safeParse(record?.content.tree));
    const versions = summaries.map((summary, index) => {
      const now = rules[index];
      const before = rules[index + 1];
      const changes = now?.success && before?.success ? diffSharedRules(before.data, now.data) : [];
      return { summary, changes };
    });
    const view = sharedHistoryPage(versions, {
      canCancel: may(c.get('principal'), 'publish'),
      csrfToken: c.get('csrfToken'),
      today: deps.sharedRules.today(),
      cancelled: c.req.query('ingetrokken'),
    });
    return page(c, deps, view.title, view.main);
  });

  app.post(`${historyPath}/:version/intrekken`, requirePermission('publish'), async (c) => {
    const number = c.req.param('version');
    if (!/^[1-9]\d{0,5}$/.test(number)) throw notFound('Deze versie bestaat niet.');
    const result = await deps.sharedRules.cancel(Number(number), actorOf(c));
    switch (result.status) {
      case 'cancelled':
        return c.redirect(`${historyPath}?ingetrokken=${number}`, 303);
      case 'refused':
        throw new HttpProblem(
          409,
          'Intrekken kan niet',
          result.problems.map((problem) => problem.message).join(' '),
          [],
          { back: { href: historyPath, label: 'Terug naar de geschiedenis' } },
        );
      case 'not-found':
        throw notFound('Deze versie bestaat niet.');
    }
  });
}
