// `/beheer/regio`: the region's name, the name beside "Woonkansboom", its
// municipalities and its colours, for beheerders. The publish rule is shown,
// not changed here.
import type { RegionDefinition } from '../../core/regions/region.ts';
import { errorSummary } from '../../views/error-summary.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { logoImage } from '../regions/region-theme-route.ts';
import { textArea } from './form-fields.ts';
import type {
  RegionSettingsField,
  RegionSettingsFields,
  RegionSettingsProblem,
} from './region-settings-form.ts';
import { textField } from './ui/form-field.ts';
import { notice } from './ui/notice.ts';

export const regionSettingsPath = '/beheer/regio';

export interface RegionSettingsPageOptions {
  region: RegionDefinition;
  fields: RegionSettingsFields;
  problems?: readonly RegionSettingsProblem[];
  saved?: boolean;
  csrfToken: string | undefined;
}

const hexColour = /^#[0-9a-fA-F]{6}$/;

/** A colour as text (`#1d6b3a`) with a swatch of it beside: the swatch is decoration, the text is the value. */
function colourField(options: {
  name: RegionSettingsField;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
}): SafeHtml {
  const { name, label, hint, value, error } = options;
  const described = [`${name}-hint`, error ? `${name}-fout` : ''].filter(Boolean).join(' ');
  const colour = value.trim();
  // An SVG fill, not a style attribute: the CSP allows no inline styles.
  const swatch = hexColour.test(colour)
    ? html`<svg class="wkb-colour__swatch" aria-hidden="true" focusable="false" width="44" height="44" viewBox="0 0 44 44"><rect x="1" y="1" width="42" height="42" rx="4" fill="${colour.toLowerCase()}" stroke="#0b0c0c" stroke-width="2"/></svg>`
    : '';
  return html`<div class="utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${name}">${label}</label></div>
<p class="utrecht-form-field-description" id="${name}-hint">${hint}</p>
${error ? html`<p class="utrecht-form-field-error-message" id="${name}-fout"><span class="wkb-visually-hidden">Fout: </span>${error}</p>` : ''}
<div class="utrecht-form-field__input wkb-colour"><input class="utrecht-textbox utrecht-textbox--html-input wkb-colour__input${error ? ' utrecht-textbox--invalid' : ''}" type="text" id="${name}" name="${name}" value="${value}" size="9" spellcheck="false" autocomplete="off" aria-describedby="${described}"${error ? html` aria-invalid="true"` : ''}>${swatch}</div>
</div>`;
}

export function regionSettingsPage(options: RegionSettingsPageOptions): SafeHtml {
  const { region, fields, problems = [], saved, csrfToken } = options;
  const errorOf = (field: RegionSettingsField) => {
    const messages = problems.filter((p) => p.field === field).map((p) => p.message);
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
  const summary = errorSummary(
    problems.map((problem) => ({ href: `#${problem.field}`, message: problem.message })),
  );
  const publishRule = region.publishNeedsConfirmedAssumptions
    ? 'Een boom wordt pas gepubliceerd als een beheerder alle aannames in de boom heeft bevestigd.'
    : 'Een boom mag ook gepubliceerd worden als niet alle aannames bevestigd zijn.';
  return html`<h1 class="utrecht-heading-1">Instellingen van de regio</h1>
${notice(saved ? 'De instellingen zijn opgeslagen. Binnen een paar seconden ziet elke pagina er zo uit.' : undefined)}
${summary}
<p class="utrecht-paragraph">Regio-code: <strong>${region.id}</strong>. Deze code staat in de adressen van de regio en verandert niet.</p>
<form method="post" action="${regionSettingsPath}" enctype="multipart/form-data" novalidate>
${csrfField(csrfToken)}
${textField({ id: 'naam', label: 'Naam van de regio', value: fields.naam, hint: 'Zo noemen de pagina’s de regio, bijvoorbeeld Westerkwartier.', error: errorOf('naam') })}
${textField({ id: 'eigenaar', label: 'Naam naast Woonkansboom', value: fields.eigenaar, hint: `Staat bovenaan elke pagina, bijvoorbeeld Bureau Woonkans ${region.name}. Laat u het leeg, dan staat er: Regio ${region.name}.`, error: errorOf('eigenaar') })}
${textArea({ name: 'gemeenten', label: 'Gemeenten', value: fields.gemeenten, rows: 6, hint: 'Eén gemeente per regel. Zet na een dubbele punt de vroegere gemeenten en dorpen, met een komma ertussen. Bijvoorbeeld: Westerkwartier: Leek, Zuidhorn, Grootegast. Een gemeente hoort bij één regio.', error: errorOf('gemeenten') })}
<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wkb-colours" aria-describedby="kleuren-hint">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Kleuren</legend>
<p class="utrecht-paragraph" id="kleuren-hint">Schrijf een kleur als # met zes tekens, bijvoorbeeld #1d6b3a. Laat u alle kleuren leeg, dan krijgt de regio de kleuren van de site. Bij opslaan controleren we of tekst en randen goed te zien zijn.</p>
${colourField({ name: 'merkkleur', label: 'Merkkleur', hint: 'Voor knoppen, links en de streep onder de kop.', value: fields.merkkleur, error: errorOf('merkkleur') })}
${colourField({ name: 'tekstkleur', label: 'Tekstkleur op de merkkleur', hint: 'De tekst op knoppen. Laat u het leeg, dan is het wit (#ffffff).', value: fields.tekstkleur, error: errorOf('tekstkleur') })}
${colourField({ name: 'focuskleur', label: 'Focuskleur', hint: 'De rand om een knop of link als iemand met de Tab-toets door de pagina gaat.', value: fields.focuskleur, error: errorOf('focuskleur') })}
</fieldset>
${logoFieldset(region, fields, errorOf)}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Opslaan</button>
</form>
<h2 class="utrecht-heading-2">Publiceren</h2>
<p class="utrecht-paragraph">${publishRule} Dit kunt u hier niet veranderen.</p>`;
}

/** The logo: the one there is now, a file to replace it, its words, and a way to remove it. */
function logoFieldset(
  region: RegionDefinition,
  fields: RegionSettingsFields,
  errorOf: (field: RegionSettingsField) => string | undefined,
): SafeHtml {
  const logo = logoImage(region.theme);
  const fileError = errorOf('logo');
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="logo-hint">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Logo</legend>
<p class="utrecht-paragraph" id="logo-hint">Het logo staat links naast de naam, bovenaan elke pagina. Kies een PNG-bestand van hoogstens 100 kB. Een logo hoort bij eigen kleuren.</p>
${logo ? html`<p class="utrecht-paragraph">Nu: <img class="wkb-logo__image" src="${logo.href}" alt="${logo.alt}" height="40"></p>` : html`<p class="utrecht-paragraph">Er is nog geen logo.</p>`}
<div class="utrecht-form-field utrecht-form-field--text${fileError ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="logo">${logo ? 'Ander logo' : 'Logo'} (PNG)</label></div>
${fileError ? html`<p class="utrecht-form-field-error-message" id="logo-fout"><span class="wkb-visually-hidden">Fout: </span>${fileError}</p>` : ''}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="file" id="logo" name="logo" accept="image/png"${fileError ? html` aria-invalid="true" aria-describedby="logo-fout"` : ''}></div>
</div>
${textField({ id: 'logotekst', label: 'Wat staat er op het logo?', value: fields.logotekst, hint: 'Voor wie het logo niet ziet, bijvoorbeeld: Logo van Bureau Woonkans Westerkwartier.', error: errorOf('logotekst') })}
${logo ? html`<div class="utrecht-form-field utrecht-form-field--checkbox"><div class="utrecht-form-field__input"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="logoweg" name="logoweg" value="ja"${fields.logoweg === 'ja' ? ' checked' : ''}></div><div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="logoweg">Logo weghalen</label></div></div>` : ''}
</fieldset>`;
}
