// The one way a public route turns a request into a walk: the version in the
// URL, the published tree, the reference date and start, and whether a newer
// version is in force. Page, embed and take-along routes all use it and only
// differ in how they show the result. A refusal is thrown (HttpProblem), so
// it reads the same everywhere.

import { isProblem } from '../../core/problem.ts';
import type { WalkContext } from '../../views/walk-context.ts';
import { parseVersion, walkContext } from '../../views/walk-request.ts';
import type { WalkQuery } from '../../views/walk-url.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import type { PublishedTree } from '../published-tree.ts';

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

export async function resolveWalk(
  deps: AppDeps,
  treeId: string,
  query: WalkQuery,
  basePath: string,
  url: URL,
): Promise<ResolvedWalk> {
  const version = parseVersion(query.version);
  const published = await publishedTree(deps, treeId, version);
  const ctx = walkContext(published, query, deps.today(), basePath);
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
    pinnedVersion: true,
    ...(inForce && inForce.version > published.version ? { newerVersion: inForce.version } : {}),
  };
  return { walk, published };
}

function withoutParam(url: URL, name: string): string {
  const params = new URLSearchParams(url.search);
  params.delete(name);
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
