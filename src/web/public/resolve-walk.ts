// The one way a public route turns a request into a walk: the version in the
// URL, the published tree, the reference date and start, and whether a newer
// version is in force. Page, embed and take-along routes all use it and only
// differ in how they show the result. A refusal is thrown (HttpProblem), so
// it reads the same everywhere.

import { isProblem } from '../../core/problem.ts';
import { upcomingChange } from '../../core/time/upcoming-change.ts';
import type { WalkContext } from '../../views/walk-context.ts';
import { parseVersion, walkContext, walkDay } from '../../views/walk-request.ts';
import type { WalkQuery } from '../../views/walk-url.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import { type PublishedTree, type WalkRules, walkRules } from '../published-tree.ts';

export interface ResolvedWalk {
  walk: WalkContext;
  published: PublishedTree;
}

/** The version asked for (`versie=`, else the one in force), or the refusal: 400 or 404. */
export async function publishedTree(
  deps: AppDeps,
  treeId: string,
  version: ReturnType<typeof parseVersion>,
): Promise<PublishedTree> {
  if (isProblem(version)) throw new HttpProblem(400, 'Fout in het webadres', version.message);
  const published = await deps.catalog.get(treeId, version);
  if (published) return published;
  const treeExists = version !== undefined && (await deps.catalog.get(treeId)) !== undefined;
  const message = treeExists
    ? `Versie ${version} van deze Woonkansboom bestaat niet.`
    : 'Deze Woonkansboom bestaat niet.';
  throw new HttpProblem(404, 'Niet gevonden', message, [], { heading: 'Pagina niet gevonden' });
}

/**
 * The rules the walk follows: with `versie=` that version (as stored, unless
 * it is the one in force on the walk's day); otherwise the tree and
 * shared-rules versions in force on the walk's day (peildatum, else today) —
 * and, once the answers give an eviction date, those its overgangsrecht
 * points to.
 */
async function rulesOfWalk(
  deps: AppDeps,
  treeId: string,
  query: WalkQuery,
  version: ReturnType<typeof parseVersion>,
): Promise<{ published: PublishedTree; rules?: WalkRules }> {
  const day = walkDay(query.peildatum, deps.today());
  const rules = await walkRules(deps.catalog, treeId, day, query.answers);
  if (version !== undefined) {
    // The version asked for is the one the day's rules give: the same page as
    // without `versie=`, warning included (the printouts of an outcome pin it).
    if (rules?.published.version === version) return { published: rules.published, rules };
    return { published: await publishedTree(deps, treeId, version) };
  }
  if (!rules) return { published: await publishedTree(deps, treeId, undefined) };
  return { published: rules.published, rules };
}

export async function resolveWalk(
  deps: AppDeps,
  treeId: string,
  query: WalkQuery,
  basePath: string,
  url: URL,
): Promise<ResolvedWalk> {
  const version = parseVersion(query.version);
  if (isProblem(version)) throw new HttpProblem(400, 'Fout in het webadres', version.message);
  const { published, rules } = await rulesOfWalk(deps, treeId, query, version);
  const found = walkContext(published, query, deps.today(), basePath);
  const ctx = isProblem(found) || !rules ? found : withRules(found, rules, query.start);
  if (isProblem(ctx)) {
    // An unreadable reference date: offer the same walk as of today.
    const back =
      ctx.path === 'peildatum'
        ? { href: withoutParam(url, 'peildatum'), label: 'Verder met de datum van vandaag' }
        : undefined;
    throw new HttpProblem(400, 'Fout in het webadres', ctx.message, [ctx], {
      ...(ctx.path === 'peildatum' ? { heading: 'De datum om mee te rekenen klopt niet' } : {}),
      ...(back ? { back } : {}),
    });
  }
  if (version === undefined) return { walk: ctx, published };
  const inForce = await deps.catalog.get(treeId);
  const walk: WalkContext = {
    ...ctx,
    // An older version as stored: its rules hold from its own date.
    rulesFrom: ctx.rulesFrom ?? published.geldigVanaf,
    pinnedVersion: true,
    ...(inForce && inForce.version > published.version ? { newerVersion: inForce.version } : {}),
  };
  return { walk, published };
}

/** The walk's rules, named on the outcome, and the warning before they change. */
function withRules(ctx: WalkContext, found: WalkRules, start: string | undefined): WalkContext {
  return {
    ...ctx,
    rulesFrom: found.rules.geldigVanaf,
    ...(found.rules.sharedVersion ? { sharedVersion: found.rules.sharedVersion.version } : {}),
    upcomingFor: (step) =>
      upcomingChange(
        found.timeline,
        found.rules,
        step,
        ctx.peildatum,
        start !== undefined ? { start } : {},
      ),
    rulesWindow: {
      ...(found.until ? { until: found.until } : {}),
      transition: found.transition,
    },
  };
}

function withoutParam(url: URL, name: string): string {
  const params = new URLSearchParams(url.search);
  params.delete(name);
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
