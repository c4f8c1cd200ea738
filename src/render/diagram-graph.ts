// A tree as the boxes and arrows of its diagram (and of the text outline):
// what each box says, and which answers lead along each arrow. Answers that
// lead to the same place share one arrow, so the picture stays calm.
import type { Tone, Tree } from '../core/tree/tree.ts';
import { outcomeBadge } from '../views/verdict.ts';
import { checkRoutes, diagramText } from './diagram-words.ts';

export type DiagramNodeKind = 'question' | 'check' | 'outcome';

export interface DiagramNode {
  id: string;
  kind: DiagramNodeKind;
  /** The small first line: "Vraag", "Controle", "Uitkomst: Past". */
  caption: string;
  text: string;
  tone?: Tone;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  /** The answers along this arrow; empty after a date question. */
  labels: string[];
}

export interface DiagramGraph {
  treeId: string;
  title: string;
  start: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export function edgeId(from: string, to: string): string {
  return `edge-${from}--${to}`;
}

export function diagramGraph(tree: Tree): DiagramGraph {
  const nodes: DiagramNode[] = [
    ...tree.nodes.map((node): DiagramNode => {
      const caption =
        node.kind === 'check' ? 'Controle' : node.kind === 'date' ? 'Vraag (datum)' : 'Vraag';
      return {
        id: node.id,
        kind: node.kind === 'check' ? 'check' : 'question',
        caption,
        text: diagramText(tree, node.text),
      };
    }),
    ...tree.outcomes.map((outcome): DiagramNode => {
      const badge = outcomeBadge(outcome);
      return {
        id: outcome.id,
        kind: 'outcome',
        caption: `Uitkomst: ${diagramText(tree, badge.text)}`,
        text: diagramText(tree, outcome.title),
        tone: badge.tone,
      };
    }),
  ];
  const known = new Set(nodes.map((node) => node.id));
  const edges = new Map<string, DiagramEdge>();
  const connect = (from: string, to: string, label?: string): void => {
    // A draft may point nowhere: the validator reports it; the picture skips it.
    if (!known.has(to)) return;
    const id = edgeId(from, to);
    const edge = edges.get(id) ?? { id, from, to, labels: [] };
    if (label) edge.labels.push(label);
    edges.set(id, edge);
  };
  for (const node of tree.nodes) {
    if (node.kind === 'choice') {
      for (const option of node.options)
        connect(node.id, option.next, diagramText(tree, option.label));
    } else if (node.kind === 'date') {
      connect(node.id, node.next);
      if (node.unknown) connect(node.id, node.unknown.next, diagramText(tree, node.unknown.label));
    } else {
      for (const route of checkRoutes(tree, node)) connect(node.id, route.to, route.label);
    }
  }
  return {
    treeId: tree.id,
    title: tree.title,
    start: tree.start,
    nodes,
    edges: [...edges.values()],
  };
}
