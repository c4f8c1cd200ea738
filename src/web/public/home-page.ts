// The start page: pick one of the trees, and say where you work if you like
// (the organisation type goes along in the walk's URL as `org`, for
// the anonymous counts only; with JavaScript the browser remembers the choice).
// On an install with more than one region the site's start page first asks
// in which municipality the client's home was (region-finder-page.ts); a
// region's own start page is named after the region.

import type { PlaceMatch } from '../../core/regions/municipality-finder.ts';
import { defaultRegionId, type RegionDefinition } from '../../core/regions/region.ts';
import { orgTypeLabels, orgTypes } from '../../core/usage/usage-org.ts';
import { fillHtml } from '../../views/fill-texts.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';
import { textKey } from '../../views/walk-context.ts';
import type { Assets } from '../assets.ts';
import type { PublishedTree } from '../published-tree.ts';
import {
  type FinderView,
  finderErrorSummary,
  municipalitiesPhrase,
  placeFound,
  regionFinder,
} from './region-finder-page.ts';

/** Organisation types a region's page offers: "WIJ Groningen" only in the default region. */
function orgCodesFor(region: RegionDefinition | undefined): readonly (typeof orgTypes)[number][] {
  return region && region.id !== defaultRegionId
    ? orgTypes.filter((code) => code !== 'wij')
    : orgTypes;
}

function orgQuestion(codes: readonly (typeof orgTypes)[number][]): SafeHtml {
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wkb-org-question" aria-describedby="org-hint" data-org>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Waar werkt u? <span class="wkb-meta">(niet verplicht)</span></legend>
<p class="utrecht-form-field-description" id="org-hint">Zo weten we welke organisaties de Woonkansboom gebruiken. We tellen alleen hoe vaak, niet wie u bent. Uw keuze blijft in deze browser bewaard.</p>
<div class="wkb-options">
${codes.map(
  (code) => html`<div class="utrecht-form-field utrecht-form-field--radio">
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="org-${code}">${orgTypeLabels[code]}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="org-${code}" name="org" value="${code}"></div>
</div>`,
)}
</div>
</fieldset>`;
}

const lead = html`<p class="utrecht-paragraph utrecht-paragraph--lead">Is uw cliënt uit huis gezet, of dreigt dat? Met een paar vragen ziet u of uw cliënt past bij het tweedekansbeleid, WonenPlus of het Zittende huurders traject. U ziet ook vanaf en tot wanneer, en hoe u aanmeldt.</p>`;

export interface HomeOptions {
  /** The site's start page of an install with more than one region: the finder on top. */
  finder?: FinderView;
  /** This app's region, when it has one. */
  region?: RegionDefinition;
  /** A place typed in the finder that lies in this app's region (`/{regio}?gemeente=…`). */
  found?: PlaceMatch;
  /**
   * The site's finder, as an absolute address: a region's app writes its
   * root paths as the region's own, so `/` would not leave the region.
   */
  finderHref?: string;
}

/** Another region has its own trajectories: its trees say which. */
const regionLead = html`<p class="utrecht-paragraph utrecht-paragraph--lead">Is uw cliënt uit huis gezet, of dreigt dat? Met een paar vragen ziet u wat de afspraken in deze regio voor uw cliënt betekenen: wat kan, vanaf en tot wanneer, en wat u nu kunt doen.</p>`;

/** The top of the page: what it is for, and whose trees follow. */
function opening(trees: PublishedTree[], options: HomeOptions): SafeHtml {
  const { finder, region, found, finderHref } = options;
  const confirmation = found ? placeFound(found, trees) : '';
  if (region && region.id !== defaultRegionId)
    return html`<h1 class="utrecht-heading-1">Woonkansboom regio ${region.name}</h1>
${regionLead}
<p class="utrecht-paragraph">Deze Woonkansboom is voor huurwoningen in de ${municipalitiesPhrase(region)}.${finderHref ? html` <a class="utrecht-link utrecht-link--html-a" href="${finderHref}">Stond de woning in een andere gemeente? Zoek de goede regio</a>.` : ''}</p>
${confirmation}`;
  if (finder) {
    const own = finder.regions.find((candidate) => candidate.id === defaultRegionId) ?? region;
    return html`${finderErrorSummary(finder)}<h1 class="utrecht-heading-1">Welk traject past bij uw cliënt?</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">De Woonkansboom is er voor meer regio's. Elke regio heeft eigen afspraken met de woningcorporaties. Zoek daarom eerst de regio van uw cliënt.</p>
${regionFinder(finder)}
${own ? html`<h2 class="utrecht-heading-2">Woonkansboom regio ${own.name}</h2>` : ''}
${lead}
${own ? html`<p class="utrecht-paragraph">Deze Woonkansboom is voor huurwoningen in de ${municipalitiesPhrase(own)}.</p>` : ''}`;
  }
  return html`<h1 class="utrecht-heading-1">Welk traject van Bureau Woonkans past?</h1>
${lead}
${confirmation}`;
}

export function homePage(
  trees: PublishedTree[],
  assets: Assets,
  options: HomeOptions = {},
): SafeHtml {
  return html`${opening(trees, options)}
<form method="get" action="/boom/${trees[0]?.tree.id ?? ''}">
${orgQuestion(orgCodesFor(options.region))}
<div class="wkb-cards">
${trees.map(
  ({ tree, texts }) => html`<section class="wkb-card" aria-labelledby="boom-${tree.id}">
<h2 class="utrecht-heading-3" id="boom-${tree.id}">${tree.title}</h2>
<p class="utrecht-paragraph">${tree.audience}</p>
<div class="wkb-rich">${fillHtml(texts[textKey.intro()] ?? '', tree)}</div>
<p class="utrecht-paragraph"><button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit" formaction="/boom/${tree.id}">Start<span class="wkb-visually-hidden">: ${tree.title}</span></button></p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/boom/${tree.id}/overzicht">Bekijk de hele boom als schema<span class="wkb-visually-hidden">: ${tree.title}</span></a></p>
</section>`,
)}
</div>
</form>
<script type="module" src="${assets.walkScript}"></script>
<h2 class="utrecht-heading-2">Goed om te weten</h2>
<ul class="utrecht-unordered-list">
<li>U vult geen naam of andere gegevens van uw cliënt in. ${raw('<a class="utrecht-link utrecht-link--html-a" href="/privacy">Lees hoe we met privacy omgaan</a>.')}</li>
<li>Elke stap staat in het webadres. U kunt de link bewaren of delen met een collega.</li>
<li>Meer over de trajecten leest u op de pagina ${raw('<a class="utrecht-link utrecht-link--html-a" href="/trajecten">Trajecten</a>')}.</li>
</ul>`;
}
