// The tree as a graph: which routes leave a node, what a walk can reach, and
// where routes run in a circle. Used by the validator (and later the diagram).
import type { Tree, TreeNode } from '../tree/tree.ts';

export interface Route {
  to: string;
  /** Where the route is written, e.g. `nodes.reden.options.opiumwet.next`. */
  path: string;
  /** The answer or branch it belongs to, in words ("antwoord opiumwet"). */
  via: string;
}

export function routesOf(node: TreeNode): Route[] {
  const at = `nodes.${node.id}`;
  switch (node.kind) {
    case 'choice':
      return node.options.map((option) => ({
        to: option.next,
        path: `${at}.options.${option.id}.next`,
        via: `antwoord "${option.id}"`,
      }));
    case 'date':
      return [
        { to: node.next, path: `${at}.next`, via: 'next' },
        ...(node.unknown
          ? [{ to: node.unknown.next, path: `${at}.unknown.next`, via: '"datum onbekend"' }]
          : []),
      ];
    case 'check':
      return [
        ...node.branches.map((branch, index) => ({
          to: branch.next,
          path: `${at}.branches.${index}.next`,
          via: `tak ${index + 1}`,
        })),
        { to: node.else, path: `${at}.else`, via: 'else' },
      ];
  }
}

/**
 * Every node and outcome id a walk can reach from the start. An outcome that
 * continues in this same tree (`continueWith`) makes that start reachable too.
 */
export function reachableIds(tree: Tree): Set<string> {
  const nodes = new Map(tree.nodes.map((node) => [node.id, node]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const reached = new Set<string>();
  const queue = [tree.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (reached.has(id)) continue;
    const node = nodes.get(id);
    const outcome = outcomes.get(id);
    if (!node && !outcome) continue;
    reached.add(id);
    if (node) queue.push(...routesOf(node).map((route) => route.to));
    for (const link of outcome?.continueWith ?? []) {
      if (link.tree === tree.id) queue.push(link.start ?? tree.start);
    }
  }
  return reached;
}

/**
 * The cycles in a directed graph, each as its ids with the first repeated at
 * the end (`a → b → a`). Every circular part of the graph is reported at least
 * once; the same circle found twice is reported once.
 */
export function cyclesIn(
  ids: readonly string[],
  next: (id: string) => readonly string[],
): string[][] {
  const known = new Set(ids);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const to of next(id)) {
      if (!known.has(to)) continue;
      if (state.get(to) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(to)), to];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(to)) {
        visit(to);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return cycles;
}

/** Cycles between nodes: a walk on them would never reach an outcome. */
export function nodeCycles(tree: Tree): string[][] {
  const nodes = new Map<string, TreeNode>();
  for (const node of tree.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const ids = [tree.start, ...nodes.keys()].filter((id) => nodes.has(id));
  return cyclesIn(ids, (id) => {
    const node = nodes.get(id);
    return node ? routesOf(node).map((route) => route.to) : [];
  });
}
