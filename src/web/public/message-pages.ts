// Short pages: not found, error, a date to compute with that cannot be read.
import { html, type SafeHtml } from '../../views/html.ts';

export function notFoundPage(what = 'Deze pagina bestaat niet (meer).'): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Pagina niet gevonden</h1>
<p class="utrecht-paragraph">${what}</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/">Naar de start van de Woonkansboom</a></p>`;
}

export function errorPage(): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Er ging iets mis</h1>
<p class="utrecht-paragraph">Dit is een fout bij ons, niet bij u. Probeer het later opnieuw. Uw antwoorden staan nog in het webadres: gebruik de knop Terug van uw browser.</p>`;
}

export function invalidPeildatumPage(given: string, href: string): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h1 class="utrecht-heading-1">De datum om mee te rekenen klopt niet</h1>
<p class="utrecht-paragraph">"${given}" is geen datum die we kunnen lezen. Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-03-15.</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${href}">Verder met de datum van vandaag</a></p>
</div></div></div>`;
}
