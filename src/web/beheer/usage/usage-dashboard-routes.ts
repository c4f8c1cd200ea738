// GET /beheer/gebruik (the dashboard) and /beheer/gebruik.csv (the same counts
// for a spreadsheet), for analisten and beheerders.
import type { Context, Hono } from 'hono';
import { type DashboardTree, usageDashboard } from '../../../core/usage/usage-dashboard.ts';
import { orgTypeLabel } from '../../../core/usage/usage-org.ts';
import { csvHeaders, toCsv } from '../../../render/csv.ts';
import { fillText } from '../../../views/fill-texts.ts';
import type { AppEnv } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import type { BeheerDeps } from '../../deps.ts';
import { liveDate } from '../figures/live-date.ts';
import { beheerPage } from '../ui/beheer-page.ts';
import { filterInput, usageFilter } from './usage-filter.ts';
import { usagePage } from './usage-page.ts';

function dashboardTrees(deps: BeheerDeps): DashboardTree[] {
  return deps.catalog.list().map(({ tree }) => ({
    id: tree.id,
    title: tree.title,
    questions: tree.nodes.flatMap((node) =>
      node.kind === 'check' ? [] : [{ id: node.id, text: fillText(node.text, tree) }],
    ),
    outcomes: tree.outcomes.map((outcome) => ({
      id: outcome.id,
      title: fillText(outcome.title, tree),
      verdict: outcome.verdict,
    })),
  }));
}

async function filtered(c: Context<AppEnv>, deps: BeheerDeps) {
  const input = filterInput((name) => c.req.query(name));
  const trees = dashboardTrees(deps);
  const filter = usageFilter(
    input,
    trees.map((tree) => tree.id),
    deps.today(),
  );
  return { input, trees, filter };
}

export function usageDashboardRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get('/beheer/gebruik', requirePermission('readStatistics'), async (c) => {
    const { input, trees, filter } = await filtered(c, deps);
    if (Array.isArray(filter)) {
      return beheerPage(c, deps, {
        title: 'Gebruik',
        main: usagePage({ input, trees, problems: filter }),
        status: 400,
        hasErrors: true,
      });
    }
    const counts = await deps.store.usagePerMonth({
      fromDay: filter.period.fromDay,
      toDay: filter.period.toDay,
      ...(filter.treeId !== undefined ? { treeId: filter.treeId } : {}),
      ...(filter.orgType !== undefined ? { orgType: filter.orgType } : {}),
    });
    const dashboard = usageDashboard(counts, filter.period.months, trees);
    // The form shows the period that is shown, also when it is the default one.
    const shown = { ...input, van: filter.period.from, tot: filter.period.to };
    return beheerPage(c, deps, {
      title: 'Gebruik',
      main: usagePage({
        input: shown,
        trees,
        problems: [],
        dashboard,
        live: await liveDate(deps.store),
        versionDates: new Map(
          (await deps.store.allVersions()).map((summary) => [
            `${summary.treeId}@${summary.version}`,
            summary.geldigVanaf,
          ]),
        ),
      }),
    });
  });

  app.get('/beheer/gebruik.csv', requirePermission('readStatistics'), async (c) => {
    const { filter } = await filtered(c, deps);
    if (Array.isArray(filter)) {
      const text = `De filters kloppen niet:\n${filter.map((problem) => `- ${problem.message}`).join('\n')}\n`;
      return c.text(text, 400, { 'Cache-Control': 'no-store' });
    }
    const counts = await deps.store.usagePerMonth({
      fromDay: filter.period.fromDay,
      toDay: filter.period.toDay,
      ...(filter.treeId !== undefined ? { treeId: filter.treeId } : {}),
      ...(filter.orgType !== undefined ? { orgType: filter.orgType } : {}),
    });
    const csv = toCsv(
      [
        'maand',
        'boom',
        'versie',
        'organisatie',
        'gebeurtenis',
        'vraag',
        'uitkomst',
        'oordeel',
        'aantal',
      ],
      counts.map((count) => [
        count.month,
        count.treeId,
        count.treeVersion,
        orgTypeLabel(count.orgType),
        count.kind,
        count.nodeId,
        count.outcomeId,
        count.verdict,
        count.count,
      ]),
    );
    return c.body(
      csv,
      200,
      csvHeaders(`gebruik-${filter.period.from}-tot-en-met-${filter.period.to}.csv`),
    );
  });
}
