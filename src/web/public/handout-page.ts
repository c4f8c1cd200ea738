// "Uw tweede kans": the tenant handout as a print page (one A4 sheet).
import type { HandoutText } from '../../render/handout-text.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';

export interface HandoutLinks {
  back: string;
  pdf: string;
}

export function handoutPage(handout: HandoutText, links: HandoutLinks): SafeHtml {
  return html`<div class="wkb-handout">
<div class="wkb-noprint">
<a class="utrecht-link utrecht-link--html-a wkb-back" href="${links.back}">Terug naar de uitkomst</a>
<p class="utrecht-paragraph">Druk deze uitleg af met de afdrukknop van uw browser (Ctrl+P, op een Mac Cmd+P) en geef hem mee aan de huurder. Of <a class="utrecht-link utrecht-link--html-a" href="${links.pdf}" rel="nofollow">download de uitleg als pdf</a>.</p>
</div>
<article class="wkb-handout__sheet">
<h1 class="utrecht-heading-1">${handout.title}</h1>
${handout.deadline || handout.change ? html`<div class="wkb-handout__deadline">${raw(renderMarkdown(handout.deadline))}${handout.change ? html`<p class="utrecht-paragraph wkb-handout__change"><strong>${handout.change}</strong></p>` : ''}</div>` : ''}
<div class="wkb-rich">${raw(renderMarkdown(handout.body))}</div>
<p class="utrecht-paragraph wkb-meta">Uitleg uit de Woonkansboom van Bureau Woonkans – ${handout.rules ?? `${handout.printed}.`}</p>
</article>
</div>`;
}
