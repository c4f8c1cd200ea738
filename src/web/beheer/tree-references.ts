// What points at a node or outcome: routes from other nodes, the start, and
// links that continue in this tree. Shown on edit pages and before removing.

import { routesOf } from '../../core/publish/tree-graph.ts';
import type { Tree } from '../../core/tree/tree.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { editPath, nodeEditPath } from './beheer-paths.ts';

export interface Reference {
  /** The node, outcome or `start` that points here. */
  from: string;
  /** In words: `antwoord "ja"`, `tak 1`, `else`, `start van de boom`. */
  via: string;
}

export function referencesTo(tree: Tree, id: string): Reference[] {
  const references: Reference[] = [];
  if (tree.start === id) references.push({ from: 'start', via: 'de boom begint hier' });
  for (const node of tree.nodes) {
    for (const route of routesOf(node)) {
      if (route.to === id)
        references.push({ from: node.id, via: route.via === 'next' ? 'volgende' : route.via });
    }
  }
  for (const outcome of tree.outcomes) {
    for (const link of outcome.continueWith) {
      if (link.tree === tree.id && link.start === id) {
        references.push({ from: outcome.id, via: `link "${link.label}"` });
      }
    }
  }
  return references;
}

/** A route in the words of the forms: the answer's label, "na de datum", "klopt", "anders". */
function viaWords(tree: Tree, reference: Reference): string {
  const node = tree.nodes.find((candidate) => candidate.id === reference.from);
  const option = /^antwoord "(.+)"$/.exec(reference.via)?.[1];
  if (node?.kind === 'choice' && option) {
    return `antwoord ‘${node.options.find((candidate) => candidate.id === option)?.label ?? option}’`;
  }
  if (reference.via === 'volgende') return 'na de datum';
  if (reference.via === '"datum onbekend"')
    return node?.kind === 'date' && node.unknown ? `‘${node.unknown.label}’` : 'datum niet bekend';
  if (node?.kind === 'check') {
    if (reference.via === 'else') return node.branches.length === 1 ? 'klopt niet' : 'anders';
    if (node.branches.length === 1 && reference.via === 'tak 1') return 'klopt';
  }
  return reference.via;
}

/** Who points here, by name: the question's text, the outcome's title. */
function fromName(tree: Tree, from: string): string {
  if (from === 'start') return 'De wandeling begint hier';
  const node = tree.nodes.find((candidate) => candidate.id === from);
  if (node) return node.kind === 'check' ? `Controle: ${node.text}` : node.text;
  const outcome = tree.outcomes.find((candidate) => candidate.id === from);
  return outcome ? `Uitkomst: ${outcome.title}` : from;
}

export function referenceList(treeId: string, tree: Tree, id: string): SafeHtml {
  const references = referencesTo(tree, id);
  if (references.length === 0) {
    return html`<p class="utrecht-paragraph">Niets leidt hierheen. Een wandeling komt hier dus nooit.</p>`;
  }
  return html`<ul class="utrecht-unordered-list">${references.map((reference) => {
    const href =
      reference.from === 'start'
        ? editPath(treeId, 'algemeen')
        : nodeEditPath(treeId, tree, reference.from);
    const name = fromName(tree, reference.from);
    const via = reference.from === 'start' ? '' : ` (${viaWords(tree, reference)})`;
    return html`<li class="utrecht-unordered-list__item">${href ? html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${name}</a>` : name}${via}</li>`;
  })}</ul>`;
}

/** What leads to a question or outcome, under a heading that says so. */
export function referencesSection(
  target: { treeId: string; model: { tree: Tree }; key: string },
  what: 'deze vraag' | 'deze controle' | 'deze uitkomst',
): SafeHtml {
  return html`<h2 class="utrecht-heading-2">Wat leidt naar ${what}?</h2>
${referenceList(target.treeId, target.model.tree, target.key)}`;
}

/** The aside of a question's or check's edit page: what leads to it. */
export function referencesAside(target: {
  treeId: string;
  model: { tree: Tree };
  key: string;
}): SafeHtml {
  const node = target.model.tree.nodes.find((candidate) => candidate.id === target.key);
  return referencesSection(target, node?.kind === 'check' ? 'deze controle' : 'deze vraag');
}
