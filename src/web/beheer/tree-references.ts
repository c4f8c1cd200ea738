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
    return html`<li class="utrecht-unordered-list__item">${href ? html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${reference.from}</a>` : reference.from} (${reference.via})</li>`;
  })}</ul>`;
}

/** The aside of a node's edit page: where walks come from. */
export function referencesAside(target: {
  treeId: string;
  model: { tree: Tree };
  key: string;
}): SafeHtml {
  return html`<h2 class="utrecht-heading-2">Hier komt een wandeling vandaan</h2>
${referenceList(target.treeId, target.model.tree, target.key)}`;
}
