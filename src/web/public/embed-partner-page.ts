// /embed: for partners who want the Woonkansboom inside their own system — the
// snippets to copy, the allow-list, and how to link straight to a question.
import { html, type SafeHtml } from '../../views/html.ts';
import type { PublishedTree } from '../published-tree.ts';

export interface PartnerPageInput {
  /** Where this Woonkansboom is served, e.g. https://woonkansboom.example.nl. */
  origin: string;
  trees: PublishedTree[];
}

function code(text: string): SafeHtml {
  return html`<pre class="wkb-snippet"><code>${text}</code></pre>`;
}

/** A deep link into the first tree: its first question answered with its first option. */
function exampleAnswer(trees: PublishedTree[]): { treeId: string; query: string } {
  const tree = trees[0]?.tree;
  const start = tree?.nodes.find((node) => node.id === tree.start);
  const option = start?.kind === 'choice' ? start.options[0] : undefined;
  return {
    treeId: tree?.id ?? 'hulpverlening',
    query: start && option ? `${start.id}=${option.id}` : '',
  };
}

export function partnerPage({ origin, trees }: PartnerPageInput): SafeHtml {
  const first = trees[0]?.tree.id ?? 'hulpverlening';
  const example = exampleAnswer(trees);
  const start = trees[0]?.tree.start ?? 'ontruimd';
  return html`<h1 class="utrecht-heading-1">De Woonkansboom in uw eigen systeem</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Werkt u met een eigen website, intranet of cliëntsysteem? Zet de Woonkansboom erin. Dan hebben u en uw collega's hem altijd bij de hand, op de plek waar u al werkt.</p>

<h2 class="utrecht-heading-2">Stap 1. Vraag Bureau Woonkans om uw website toe te laten</h2>
<p class="utrecht-paragraph">De Woonkansboom werkt alleen in websites die Bureau Woonkans op de lijst heeft gezet. Zo kan niemand de Woonkansboom in een nepsite zetten. Stuur het adres van uw website naar Bureau Woonkans, bijvoorbeeld <code>https://intranet.uworganisatie.nl</code>. Alleen het begin van het adres telt: https, de naam van de website en eventueel het poortnummer.</p>
<p class="utrecht-paragraph">Staat uw website nog niet op de lijst? Dan ziet u op die plek een melding van de browser in plaats van de vragen.</p>

<h2 class="utrecht-heading-2">Stap 2. Plak één regel in uw pagina</h2>
<p class="utrecht-paragraph">Zet deze regel op de plek waar de Woonkansboom moet komen. De vragen passen zich aan de breedte aan. De hoogte groeit mee met elke vraag, dus er komt geen tweede schuifbalk.</p>
${code(`<script src="${origin}/embed.js" data-boom="${first}" async></script>`)}
<p class="utrecht-paragraph">Met <code>data-boom</code> kiest u de Woonkansboom:</p>
<ul class="utrecht-unordered-list">
${trees.map(({ tree }) => html`<li><code>${tree.id}</code>: ${tree.title}</li>`)}
</ul>
<p class="utrecht-paragraph">U kunt ook <code>data-antwoorden</code> meegeven, met antwoorden die al bekend zijn (zie stap 3), en <code>data-titel</code> voor de naam van het kader voor schermlezers.</p>

<h2 class="utrecht-heading-2">Zonder script: een iframe</h2>
<p class="utrecht-paragraph">Mag u in uw systeem geen script gebruiken? Zet dan een iframe neer. Die groeit niet mee: kies zelf een hoogte waarin de langste vraag past.</p>
${code(`<iframe src="${origin}/embed/boom/${first}" title="Woonkansboom van Bureau Woonkans" width="100%" height="900" style="border:0"></iframe>`)}

<h2 class="utrecht-heading-2">Stap 3. Direct naar een vraag of met antwoorden (deep link)</h2>
<p class="utrecht-paragraph">Alle antwoorden staan in het webadres. Uw systeem kan zo'n adres zelf maken, bijvoorbeeld met gegevens die het al heeft. Het adres is <code>/boom/</code> met de naam van de boom, en daarna elke vraag met het antwoord: <code>vraag=antwoord</code>. In een iframe gebruikt u <code>/embed/boom/</code> in plaats van <code>/boom/</code>.</p>
<dl class="utrecht-data-list utrecht-data-list--rows">
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Met het eerste antwoord al ingevuld</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><code>${origin}/boom/${example.treeId}${example.query ? `?${example.query}` : ''}</code></dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Beginnen bij een bepaalde vraag</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><code>${origin}/boom/${first}?start=${start}</code></dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Rekenen met een andere datum dan vandaag (jaar-maand-dag)</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><code>${origin}/boom/${first}?peildatum=2027-03-15</code></dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Een vaste versie van de vragen</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><code>${origin}/boom/${first}?versie=1</code></dd></div>
</dl>
<p class="utrecht-paragraph">Datums schrijft u als jaar-maand-dag, bijvoorbeeld <code>datum_ontruiming=2022-03-15</code>. De namen van de vragen en antwoorden staan in het <a class="utrecht-link utrecht-link--html-a" href="/boom/${first}/overzicht">schema</a> en in de <a class="utrecht-link utrecht-link--html-a" href="/api">API voor koppelingen</a>. Een antwoord dat niet past, wordt opnieuw gevraagd.</p>

<h2 class="utrecht-heading-2">Privacy</h2>
<p class="utrecht-paragraph">De Woonkansboom in uw systeem plaatst geen cookies en bewaart geen antwoorden. De antwoorden staan alleen in het webadres van het kader. Zet daarom geen naam of andere gegevens van uw cliënt in een deep link.</p>`;
}
