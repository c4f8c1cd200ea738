// The one way a public route turns a request into a walk: the version in the
// URL, the published tree, the reference date and start, and whether a newer
// version is in force. Page, embed and take-along routes all use it and only
// differ in how they show the result, so a refusal reads the same everywhere.
import type { WalkContext } from '../../views/walk-context.ts';
import { isFieldProblem, parseVersion, walkContext } from '../../views/walk-request.ts';
import type { WalkQuery } from '../../views/walk-url.ts';
import type { AppDeps } from '../deps.ts';
import type { PublishedTree } from '../published-tree.ts';

export interface ResolvedWalk {
  walk: WalkContext;
  published: PublishedTree;
}

/** Why there is no walk: the status, and what to tell the person (one wording per reason). */
export interface WalkRefusal {
  status: 400 | 404;
  /** `peildatum` when the reference date cannot be read (the walk page offers today instead). */
  field?: string;
  message: string;
}

export function isWalkRefusal(value: ResolvedWalk | WalkRefusal): value is WalkRefusal {
  return 'status' in value;
}

export async function resolveWalk(
  deps: AppDeps,
  treeId: string,
  query: WalkQuery,
  basePath: string,
): Promise<ResolvedWalk | WalkRefusal> {
  const version = parseVersion(query.version);
  if (isFieldProblem(version)) return { status: 400, field: 'versie', message: version.message };
  const published = await deps.catalog.get(treeId, version);
  if (!published) {
    const treeExists = version !== undefined && (await deps.catalog.get(treeId)) !== undefined;
    const message = treeExists
      ? `Versie ${version} van deze Woonkansboom bestaat niet.`
      : 'Deze Woonkansboom bestaat niet.';
    return { status: 404, message };
  }
  const ctx = walkContext(published, query, deps.today(), basePath);
  if (isFieldProblem(ctx)) return { status: 400, field: ctx.field, message: ctx.message };
  if (version === undefined) return { walk: ctx, published };
  const inForce = await deps.catalog.get(treeId);
  const walk: WalkContext = {
    ...ctx,
    pinnedVersion: true,
    ...(inForce && inForce.version > published.version ? { newerVersion: inForce.version } : {}),
  };
  return { walk, published };
}
