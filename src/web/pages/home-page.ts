// The start page: pick one of the trees.

import { fillHtml } from '../../views/fill-texts.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';
import { textKey } from '../../views/walk-context.ts';
import type { PublishedTree } from '../published-tree.ts';

export function homePage(trees: PublishedTree[]): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Welk traject van Bureau Woonkans past?</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Is uw cliënt uit huis gezet, of dreigt dat? Met een paar vragen ziet u of uw cliënt past bij het tweedekansbeleid, WonenPlus of het Zittende huurders traject. U ziet ook vanaf en tot wanneer, en hoe u aanmeldt.</p>
<div class="wkb-cards">
${trees.map(
  ({ tree, texts }) => html`<section class="wkb-card" aria-labelledby="boom-${tree.id}">
<h2 class="utrecht-heading-3" id="boom-${tree.id}">${tree.title}</h2>
<p class="utrecht-paragraph">${tree.audience}</p>
<div class="wkb-rich">${fillHtml(texts[textKey.intro()] ?? '', tree)}</div>
<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/boom/${tree.id}">Start<span class="wkb-visually-hidden">: ${tree.title}</span></a></p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/boom/${tree.id}/overzicht">Bekijk de hele boom als schema<span class="wkb-visually-hidden">: ${tree.title}</span></a></p>
</section>`,
)}
</div>
<h2 class="utrecht-heading-2">Goed om te weten</h2>
<ul class="utrecht-unordered-list">
<li>U vult geen naam of andere gegevens van uw cliënt in. ${raw('<a class="utrecht-link utrecht-link--html-a" href="/privacy">Lees hoe we met privacy omgaan</a>.')}</li>
<li>Elke stap staat in het webadres. U kunt de link bewaren of delen met een collega.</li>
<li>Meer over de trajecten leest u op de pagina ${raw('<a class="utrecht-link utrecht-link--html-a" href="/trajecten">Trajecten</a>')}.</li>
</ul>`;
}
