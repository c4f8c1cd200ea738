// Where every box and arrow of a tree diagram goes, computed by elkjs (layered,
// orthogonal arrows). Slow enough (~0.4 s for 300 nodes) to do once per
// published version: see `cachedDiagramLayout`.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Tree } from '../core/tree/tree.ts';
import { textWidth } from './diagram-font.ts';
import {
  type DiagramEdge,
  type DiagramGraph,
  type DiagramNode,
  diagramGraph,
} from './diagram-graph.ts';
import { wrapText } from './diagram-wrap.ts';
import { type Elk, elkConstructor } from './lazy-libraries.ts';

export type DiagramDirection = 'DOWN' | 'RIGHT';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutNode extends DiagramNode, Box {
  lines: string[];
}

export interface LaidOutEdge extends DiagramEdge {
  points: Point[];
  label?: Box & { lines: string[] };
}

export interface DiagramLayout {
  treeId: string;
  title: string;
  start: string;
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

/** Sizes in SVG user units (= CSS px at 100 %, = pt in the PDF before scaling). */
export const diagramMetrics = {
  fontSize: 14,
  lineHeight: 18,
  captionSize: 12,
  captionHeight: 17,
  labelSize: 12,
  labelLineHeight: 15,
  padding: 10,
  /** How far the pointed ends of a check's hexagon reach in. */
  hexInset: 16,
};

const boxTextWidth = { question: 190, check: 170, outcome: 180 } as const;
const labelTextWidth = 120;

function boxSize(node: DiagramNode): { width: number; height: number; lines: string[] } {
  const m = diagramMetrics;
  const lines = wrapText(node.text, boxTextWidth[node.kind], m.fontSize);
  const inset = node.kind === 'check' ? m.hexInset : 0;
  return {
    width: boxTextWidth[node.kind] + 2 * (m.padding + inset),
    height: 2 * m.padding + m.captionHeight + lines.length * m.lineHeight,
    lines,
  };
}

function labelLines(edge: DiagramEdge): string[] {
  return edge.labels.length === 0
    ? []
    : wrapText(edge.labels.join(' / '), labelTextWidth, diagramMetrics.labelSize);
}

const layoutOptions = (direction: DiagramDirection) => ({
  'elk.algorithm': 'layered',
  'elk.direction': direction,
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '20',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Keeps the answers in the order of the question, left to right.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
});

let elk: InstanceType<Elk> | undefined;

export async function layoutDiagram(
  graph: DiagramGraph,
  direction: DiagramDirection = 'DOWN',
): Promise<DiagramLayout> {
  const m = diagramMetrics;
  const sized = new Map(graph.nodes.map((node) => [node.id, boxSize(node)]));
  const edgeLines = new Map(graph.edges.map((edge) => [edge.id, labelLines(edge)]));
  const input: ElkNode = {
    id: 'root',
    layoutOptions: layoutOptions(direction),
    children: graph.nodes.map((node) => {
      const size = sized.get(node.id);
      return { id: node.id, width: size?.width ?? 0, height: size?.height ?? 0 };
    }),
    edges: graph.edges.map((edge): ElkExtendedEdge => {
      const lines = edgeLines.get(edge.id) ?? [];
      const width = Math.max(0, ...lines.map((line) => textWidth(line, m.labelSize))) + 8;
      return {
        id: edge.id,
        sources: [edge.from],
        targets: [edge.to],
        labels:
          lines.length === 0
            ? []
            : [
                {
                  id: `${edge.id}-label`,
                  text: lines.join(' '),
                  width,
                  height: lines.length * m.labelLineHeight + 4,
                  // Beside the arrowhead: centred labels would get a layer of their own.
                  layoutOptions: { 'elk.edgeLabels.placement': 'HEAD' },
                },
              ],
      };
    }),
  };
  elk ??= new (elkConstructor())();
  const result = await elk.layout(input);
  const placed = new Map((result.children ?? []).map((child) => [child.id, child]));
  const routed = new Map((result.edges ?? []).map((edge) => [edge.id, edge]));
  return {
    treeId: graph.treeId,
    title: graph.title,
    start: graph.start,
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: graph.nodes.map((node) => {
      const at = placed.get(node.id);
      const size = sized.get(node.id);
      return {
        ...node,
        x: at?.x ?? 0,
        y: at?.y ?? 0,
        width: size?.width ?? 0,
        height: size?.height ?? 0,
        lines: size?.lines ?? [],
      };
    }),
    edges: graph.edges.map((edge) => {
      const out = routed.get(edge.id) as ElkExtendedEdge | undefined;
      const section = out?.sections?.[0];
      const points = section
        ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]
        : [];
      const label = out?.labels?.[0];
      const lines = edgeLines.get(edge.id) ?? [];
      return {
        ...edge,
        points,
        ...(label && lines.length > 0
          ? {
              label: {
                x: label.x ?? 0,
                y: label.y ?? 0,
                width: label.width ?? 0,
                height: label.height ?? 0,
                lines,
              },
            }
          : {}),
      };
    }),
  };
}

/** Lays out a tree as its diagram (see `diagramGraph`). */
export function layoutTree(tree: Tree, direction: DiagramDirection = 'DOWN') {
  return layoutDiagram(diagramGraph(tree), direction);
}
