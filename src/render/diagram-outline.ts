// The text alternative of the diagram: the same boxes and arrows as a nested
// list, question → each answer → what comes next. A box reached along more
// than one route is written out once; later routes point back to it.
// As HTML for the schema page, as plain text for the PDF's figure (its Alt).
import { html, type SafeHtml } from '../views/html.ts';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram-graph.ts';

export interface OutlineOptions {
  /** The start of a walk at a question: `/boom/hulpverlening?start=reden`. */
  questionHref: (id: string) => string;
  /** In words, what a check tests (its first branch); shown after its text. */
  checkExplanation: (id: string) => string | undefined;
}

/** One box in the outline, with the words of the arrow that leads to it. */
interface OutlineItem {
  node: DiagramNode;
  lead?: string;
  /** Written out earlier: only a reference. */
  again: boolean;
  children: OutlineItem[];
}

const quoted = (labels: readonly string[]) => {
  const words = labels.map((label) => `"${label}"`);
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} of ${words.at(-1)}`;
};

function routeWords(from: DiagramNode, edge: DiagramEdge): string {
  if (from.kind === 'check') return `${edge.labels.join(' / ')}:`;
  if (edge.labels.length === 0) return 'Daarna:';
  return `Antwoord ${quoted(edge.labels)}:`;
}

/** The outline from the first question, and the boxes no route reaches (a draft can hold them). */
function outlineItems(graph: DiagramGraph): { tree: OutlineItem[]; loose: OutlineItem[] } {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, DiagramEdge[]>();
  for (const edge of graph.edges)
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const written = new Set<string>();

  const item = (id: string, lead?: string): OutlineItem[] => {
    const node = nodes.get(id);
    if (!node) return [];
    const base = { node, ...(lead ? { lead } : {}) };
    if (written.has(id)) return [{ ...base, again: true, children: [] }];
    written.add(id);
    const children = (outgoing.get(id) ?? []).flatMap((edge) =>
      item(edge.to, routeWords(node, edge)),
    );
    return [{ ...base, again: false, children }];
  };

  const tree = item(graph.start);
  const loose = graph.nodes
    .filter((node) => !written.has(node.id))
    .flatMap((node) => item(node.id));
  return { tree, loose };
}

export function diagramOutline(graph: DiagramGraph, options: OutlineOptions): SafeHtml {
  const nodeText = (node: DiagramNode): SafeHtml => {
    if (node.kind === 'question')
      return html`<span class="wkb-outline__kind">${node.caption}:</span> <a class="utrecht-link utrecht-link--html-a" href="${options.questionHref(node.id)}">${node.text}</a>`;
    if (node.kind === 'check') {
      const explanation = options.checkExplanation(node.id);
      return html`<span class="wkb-outline__kind">${node.caption}:</span> ${sentence(node.text)}${explanation ? html` <span class="wkb-outline__explanation">Dit klopt als ${explanation}.</span>` : ''}`;
    }
    return html`<span class="wkb-outline__kind wkb-outline__kind--${node.tone ?? ''}">${node.caption}.</span> ${node.text}`;
  };

  /** A node in full the first time, as a reference after that. */
  const listItem = ({ node, lead, again, children }: OutlineItem): SafeHtml => {
    const prefix = lead ? html`<span class="wkb-outline__route">${lead}</span> ` : '';
    if (again) {
      return html`<li>${prefix}${node.caption}: <a class="utrecht-link utrecht-link--html-a" href="#tekst-${node.id}">${node.text}</a> (zie hierboven)</li>`;
    }
    return html`<li id="tekst-${node.id}">${prefix}${nodeText(node)}${children.length > 0 ? html`<ul class="wkb-outline__list">${children.map(listItem)}</ul>` : ''}</li>`;
  };

  const { tree, loose } = outlineItems(graph);
  return html`<ul class="wkb-outline wkb-outline__list">${tree.map(listItem)}</ul>${
    loose.length > 0
      ? html`<p class="utrecht-paragraph">Niet te bereiken vanaf de eerste vraag:</p><ul class="wkb-outline wkb-outline__list">${loose.map(listItem)}</ul>`
      : ''
  }`;
}

/**
 * The outline as plain text, one box a line, indented two spaces a level:
 * the alternative text of the diagram in its PDF.
 */
export function diagramOutlineText(graph: DiagramGraph): string {
  const lines = (item: OutlineItem, depth: number): string[] => {
    const { node, lead, again, children } = item;
    const text =
      node.kind === 'outcome'
        ? `${node.caption}. ${node.text}`
        : `${node.caption}: ${node.kind === 'check' ? sentence(node.text) : node.text}`;
    const line = `${'  '.repeat(depth)}${lead ? `${lead} ` : ''}${text}${again ? ' (zie hierboven)' : ''}`;
    return [line, ...children.flatMap((child) => lines(child, depth + 1))];
  };
  const { tree, loose } = outlineItems(graph);
  return [
    ...tree.flatMap((item) => lines(item, 0)),
    ...(loose.length > 0
      ? ['Niet te bereiken vanaf de eerste vraag:', ...loose.flatMap((item) => lines(item, 0))]
      : []),
  ].join('\n');
}

/** A text as a sentence: a full stop unless it already ends in one (or a question mark). */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
