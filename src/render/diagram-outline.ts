// The text alternative of the diagram: the same boxes and arrows as a nested
// list, question → each answer → what comes next. A box reached along more
// than one route is written out once; later routes point back to it.
import { html, type SafeHtml } from '../views/html.ts';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram-graph.ts';

export interface OutlineOptions {
  /** The start of a walk at a question: `/boom/hulpverlening?start=reden`. */
  questionHref: (id: string) => string;
  /** In words, what a check tests (its first branch); shown after its text. */
  checkExplanation: (id: string) => string | undefined;
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

export function diagramOutline(graph: DiagramGraph, options: OutlineOptions): SafeHtml {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, DiagramEdge[]>();
  for (const edge of graph.edges)
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const written = new Set<string>();

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
  const item = (id: string, lead?: string): SafeHtml => {
    const node = nodes.get(id);
    if (!node) return html``;
    const prefix = lead ? html`<span class="wkb-outline__route">${lead}</span> ` : '';
    if (written.has(id)) {
      return html`<li>${prefix}${node.caption}: <a class="utrecht-link utrecht-link--html-a" href="#tekst-${id}">${node.text}</a> (zie hierboven)</li>`;
    }
    written.add(id);
    const routes = outgoing.get(id) ?? [];
    const children = routes.map((edge) => item(edge.to, routeWords(node, edge)));
    return html`<li id="tekst-${id}">${prefix}${nodeText(node)}${children.length > 0 ? html`<ul class="wkb-outline__list">${children}</ul>` : ''}</li>`;
  };

  const tree = item(graph.start);
  // A draft can hold boxes no route reaches; the editor must show them too.
  const loose = graph.nodes.filter((node) => !written.has(node.id)).map((node) => item(node.id));
  return html`<ul class="wkb-outline wkb-outline__list">${tree}</ul>${
    loose.length > 0
      ? html`<p class="utrecht-paragraph">Niet te bereiken vanaf de eerste vraag:</p><ul class="wkb-outline wkb-outline__list">${loose}</ul>`
      : ''
  }`;
}

/** A text as a sentence: a full stop unless it already ends in one (or a question mark). */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
