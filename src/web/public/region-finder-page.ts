// "In welke gemeente stond de huurwoning?": the site's start page asks where
// the client's home was, when the install has more than one region, and
// answers on the same page (GET `/?gemeente=…`, so the answer is a link):
// found in the default region → its trees; found in another region → that
// region's start page (a 303 the route makes); not found → what can be done
// anyway, and which regions the site covers. An unknown place is an answer,
// not an error: 200. Works without JavaScript (a <datalist> suggests names).
import type { FinderResult, PlaceMatch } from '../../core/regions/municipality-finder.ts';
import { placeSuggestions } from '../../core/regions/municipality-finder.ts';
import {
  defaultRegionId,
  municipalityList,
  type RegionDefinition,
} from '../../core/regions/region.ts';
import { errorSummary } from '../../views/error-summary.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';
import type { PublishedTree } from '../published-tree.ts';

/** The query field: `/?gemeente=Haren` is a link to the answer. */
export const finderField = 'gemeente';
/** Longer than any municipality's name (60); what is typed beyond it is dropped, never refused. */
export const finderMaxLength = 80;

const emptyMessage = 'Vul de gemeente in.';

/** What was typed in the finder, cut to its longest; undefined when the form was not sent. */
export function typedPlace(params: URLSearchParams): string | undefined {
  const value = params.get(finderField);
  return value === null ? undefined : value.slice(0, finderMaxLength);
}

/** A region's start page on this site. */
export function regionStartPath(regionId: string): string {
  return regionId === defaultRegionId ? '/' : `/${regionId}`;
}

/** Where the finder sends a place found in a region other than the default: its start page, the place along. */
export function foundElsewhereHref(match: PlaceMatch, typed: string): string {
  return `${regionStartPath(match.region.id)}?${finderField}=${encodeURIComponent(typed.trim())}`;
}

/** "gemeente Groningen", "gemeenten Aa en Hunze, Assen en Tynaarlo". */
export function municipalitiesPhrase(region: Pick<RegionDefinition, 'municipalities'>): string {
  return `${region.municipalities.length > 1 ? 'gemeenten' : 'gemeente'} ${municipalityList(region)}`;
}

/** The page's title for the finder's answer (an error first, as GOV.UK advises). */
export function finderTitle(result: FinderResult | undefined, fallback: string): string {
  if (!result) return fallback;
  if (result.kind === 'leeg') return `Fout: ${fallback}`;
  if (result.kind === 'onbekend') return 'Geen regio gevonden';
  return `Regio ${result.match.region.name}`;
}

function foundSentence(match: PlaceMatch): string {
  return match.via
    ? `${match.via} hoort bij de gemeente ${match.municipality}.`
    : `De gemeente ${match.municipality} hoort bij regio ${match.region.name}.`;
}

/**
 * The answer for a place in this app's own region: the trees to walk. The
 * links are root paths; inside a region's app they become its own paths.
 */
export function placeFound(match: PlaceMatch, trees: readonly PublishedTree[]): SafeHtml {
  return html`<section class="wkb-card wkb-finder-found" aria-labelledby="regio-gevonden">
<h2 class="utrecht-heading-2" id="regio-gevonden">Uw cliënt hoort bij regio ${match.region.name}</h2>
<p class="utrecht-paragraph">${foundSentence(match)} Gebruik de Woonkansboom van regio ${match.region.name}:</p>
<ul class="utrecht-unordered-list">
${trees.map(({ tree }) => html`<li><a class="utrecht-link utrecht-link--html-a" href="/boom/${tree.id}">${tree.title}</a></li>`)}
</ul>
</section>`;
}

function placeUnknown(typed: string, regions: readonly RegionDefinition[]): SafeHtml {
  return html`<section class="wkb-finder-unknown" aria-labelledby="regio-onbekend">
<h2 class="utrecht-heading-2" id="regio-onbekend">Geen regio gevonden voor ‘${typed}’</h2>
<p class="utrecht-paragraph">Op deze site is nog geen Woonkansboom voor ‘${typed}’. Misschien is de naam anders geschreven. Typ de naam van de gemeente, of van het dorp of de vroegere gemeente.</p>
<h3 class="utrecht-heading-3">Wat kunt u wel doen?</h3>
<ul class="utrecht-unordered-list">
<li>Neem contact op met de woningcorporatie van de huurwoning. Vraag of uw cliënt een tweede kans kan krijgen.</li>
<li>Neem contact op met het sociaal team of wijkteam van de gemeente. Zij weten welke hulp er in die gemeente is.</li>
</ul>
<h3 class="utrecht-heading-3">Deze regio's staan op de site</h3>
<ul class="utrecht-unordered-list">
${regions.map((region) => html`<li><a class="utrecht-link utrecht-link--html-a" href="${regionStartPath(region.id)}">Regio ${region.name}</a>: ${municipalitiesPhrase(region)}</li>`)}
</ul>
</section>`;
}

export interface FinderView {
  /** Every region of the install, the default first. */
  regions: readonly RegionDefinition[];
  /** What was typed (already cut to `finderMaxLength`); undefined before the form is sent. */
  typed?: string | undefined;
  result?: FinderResult | undefined;
  /** The default region's trees, for a place found in it. */
  trees: readonly PublishedTree[];
}

/** The error summary goes first on the page, above the heading's lead. */
export function finderErrorSummary(view: FinderView): SafeHtml | '' {
  if (view.result?.kind !== 'leeg') return '';
  const summary = errorSummary([{ href: `#${finderField}`, message: emptyMessage }]);
  // Focused on load, as GOV.UK and the NL Design System advise, without JavaScript.
  return summary === ''
    ? ''
    : raw(summary.value.replace(' tabindex="-1"', ' tabindex="-1" autofocus'));
}

/** The form, then the answer to what was typed. */
export function regionFinder(view: FinderView): SafeHtml {
  const { regions, typed = '', result, trees } = view;
  const invalid = result?.kind === 'leeg';
  const hints = `${finderField}-hint ${finderField}-woning`;
  const describedBy = invalid ? `${hints} ${finderField}-fout` : hints;
  const answer =
    result?.kind === 'gevonden'
      ? placeFound(result.match, trees)
      : result?.kind === 'onbekend'
        ? placeUnknown(result.typed.slice(0, finderMaxLength), regions)
        : '';
  return html`<form method="get" action="/" class="wkb-region-finder" novalidate>
<div class="utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${finderField}">In welke gemeente stond de huurwoning waaruit uw cliënt is gezet, of dreigt te worden gezet?</label></div>
<p class="utrecht-form-field-description" id="${finderField}-hint">Is uw cliënt niet uit huis gezet? Vul dan de gemeente in waar uw cliënt ingeschreven staat.</p>
<p class="utrecht-form-field-description" id="${finderField}-woning">Het gaat om de gemeente van de woning, niet om waar uw cliënt nu verblijft. Een opvang kan in een andere regio liggen.</p>
${invalid ? html`<p class="utrecht-form-field-error-message" id="${finderField}-fout"><span class="wkb-visually-hidden">Fout: </span>${emptyMessage}</p>` : ''}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}" type="text" id="${finderField}" name="${finderField}" value="${typed}" list="gemeenten" maxlength="${String(finderMaxLength)}" autocomplete="off" spellcheck="false" aria-describedby="${describedBy}"${invalid ? html` aria-invalid="true"` : ''}></div>
<datalist id="gemeenten">
${placeSuggestions(regions).map((name) => html`<option value="${name}"></option>`)}
</datalist>
</div>
<p class="utrecht-paragraph"><button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Zoek de regio</button></p>
</form>
${answer}`;
}
