// "Schema": the whole published tree as a picture, with print and PDF choices,
// and the same tree as a nested list for screen readers and small screens.
import type { Tree } from '../../core/tree/tree.ts';
import type { DiagramGraph } from '../../render/diagram-graph.ts';
import { diagramOutline } from '../../render/diagram-outline.ts';
import type { PaperSize } from '../../render/diagram-pdf.ts';
import { conditionWords } from '../../render/diagram-words.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';

export interface DiagramPageInput {
  tree: Tree;
  version: number;
  /** True when the URL asked for this version (?versie=N): links keep it. */
  pinned: boolean;
  graph: DiagramGraph;
  /** The SVG markup (escaped by the renderer). */
  svg: string;
  /** The paper the print stylesheet is set up for. */
  paper: PaperSize;
  /** A3 in the orientation of the picture. */
  portrait: boolean;
}

export function diagramHref(
  treeId: string,
  suffix: '' | '.svg' | '.pdf',
  params: Record<string, string> = {},
) {
  const query = new URLSearchParams(params).toString();
  return `/boom/${encodeURIComponent(treeId)}/overzicht${suffix}${query ? `?${query}` : ''}`;
}

function paperChoice(input: DiagramPageInput, paper: PaperSize, label: string): SafeHtml {
  const params: Record<string, string> = {
    ...(input.pinned ? { versie: String(input.version) } : {}),
    ...(paper === 'a3' ? { formaat: 'a3' } : {}),
  };
  const current = input.paper === paper;
  return html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${diagramHref(input.tree.id, '', params)}"${current ? html` aria-current="page"` : ''}>${label}</a>${current ? ' (gekozen)' : ''}</li>`;
}

function pdfLink(input: DiagramPageInput, paper: PaperSize, label: string): SafeHtml {
  const href = diagramHref(input.tree.id, '.pdf', {
    versie: String(input.version),
    formaat: paper,
  });
  return html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${href}" download>${label}</a></li>`;
}

export function diagramPage(input: DiagramPageInput): SafeHtml {
  const { tree } = input;
  const walkParams = (start?: string) => {
    const params = new URLSearchParams();
    if (input.pinned) params.set('versie', String(input.version));
    if (start) params.set('start', start);
    const query = params.toString();
    return `/boom/${encodeURIComponent(tree.id)}${query ? `?${query}` : ''}`;
  };
  const outline = diagramOutline(input.graph, {
    questionHref: (id) => walkParams(id),
    checkExplanation: (id) => {
      const node = tree.nodes.find((candidate) => candidate.id === id);
      const first = node?.kind === 'check' ? node.branches[0] : undefined;
      return first ? conditionWords(tree, first.if) : undefined;
    },
  });
  const a3 = input.portrait ? 'staand' : 'liggend';
  return html`<div class="wkb-diagram-page wkb-diagram-page--${input.paper === 'a3' ? `a3-${a3}` : 'a4'}">
<p class="wkb-diagram-page__back"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${walkParams()}">Naar de vragen</a></p>
<h1 class="utrecht-heading-1">Schema: ${tree.title}</h1>
<p class="utrecht-paragraph wkb-meta">Versie ${String(input.version)}. Gemaakt uit de vragen en uitkomsten van deze versie.</p>
<p class="utrecht-paragraph wkb-diagram-page__intro">Alle vragen, controles en uitkomsten in één schema. Klik op een vraag om de Woonkansboom vanaf die vraag te doorlopen. De kleur en het woord in een uitkomst laten zien of een traject past. <a class="utrecht-link utrecht-link--html-a" href="#tekst">Lees het schema als tekst</a>.</p>
<div class="wkb-diagram-page__choices">
<section aria-labelledby="afdrukken">
<h2 class="utrecht-heading-3" id="afdrukken">Afdrukken</h2>
<p class="utrecht-paragraph">Kies het papier en druk dan af met de afdrukknop van uw browser (Ctrl+P of Cmd+P). Op één A4 worden de letters klein. Goed leesbaar op A4, met letters van minstens 7 punt: druk de <a class="utrecht-link utrecht-link--html-a" href="${diagramHref(tree.id, '.pdf', { versie: String(input.version), formaat: 'a4' })}">PDF op A4</a> af. Die verdeelt het schema over meerdere bladen.</p>
<ul class="utrecht-link-list utrecht-link-list--html-ul">
${paperChoice(input, 'a4', 'A4 liggend: het hele schema op één blad')}
${paperChoice(input, 'a3', `A3 ${a3}: als poster`)}
</ul>
</section>
<section aria-labelledby="downloaden">
<h2 class="utrecht-heading-3" id="downloaden">Downloaden</h2>
<ul class="utrecht-link-list utrecht-link-list--html-ul">
${pdfLink(input, 'a4', 'PDF op A4 liggend (grote letters, meerdere bladen)')}
${pdfLink(input, 'a3', `PDF op A3 ${a3} (poster, één blad)`)}
<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${diagramHref(tree.id, '.svg', { versie: String(input.version) })}">Alleen het schema (SVG), om in te zoomen</a></li>
</ul>
</section>
</div>
<figure class="wkb-diagram">
<div class="wkb-diagram__scroll" tabindex="0" role="region" aria-label="Schema (schuif om alles te zien)">${raw(input.svg)}</div>
<figcaption class="wkb-diagram__caption">Op een smal scherm schuift u het schema opzij. Zoom in met de zoomknoppen van uw browser.</figcaption>
</figure>
<h2 class="utrecht-heading-2" id="tekst">Het schema als tekst</h2>
<p class="utrecht-paragraph">Elke vraag met de antwoorden, en waar elk antwoord naartoe leidt.</p>
${outline}
</div>`;
}
