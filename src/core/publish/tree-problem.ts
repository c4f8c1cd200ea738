// A problem in a tree, as the validator reports it, and what its checks share.
import type { Problem } from '../problem.ts';
import type { Tree, TreeNode } from '../tree/tree.ts';

/** One problem, pointing at the exact place in the tree. */
/** `path` is where, e.g. `nodes.reden.options.opiumwet.next`; the message says how to fix it. */
export interface TreeProblem extends Problem {
  severity: 'error' | 'warning';
  nodeId?: string;
}

export type Report = (
  problem: Omit<TreeProblem, 'severity'> & { severity?: TreeProblem['severity'] },
) => void;

/** Lookups the checks share, built once per validation. */
export interface TreeIndex {
  tree: Tree;
  nodes: Map<string, TreeNode>;
  outcomeIds: Set<string>;
  derived: Set<string>;
  dateQuestions: Set<string>;
}

export function indexTree(tree: Tree): TreeIndex {
  return {
    tree,
    nodes: new Map(tree.nodes.map((node) => [node.id, node])),
    outcomeIds: new Set(tree.outcomes.map((outcome) => outcome.id)),
    derived: new Set(tree.dates.map((rule) => rule.id)),
    dateQuestions: new Set(
      tree.nodes.filter((node) => node.kind === 'date').map((node) => node.id),
    ),
  };
}

/** `"a", "b"` for a message, or `(geen)`. */
export function quoteList(values: Iterable<string>): string {
  const all = [...values];
  return all.length > 0 ? all.map((value) => `"${value}"`).join(', ') : '(geen)';
}

export function describeNode(node: TreeNode): string {
  return node.kind === 'check' ? `de controle "${node.id}"` : `de vraag "${node.id}"`;
}
