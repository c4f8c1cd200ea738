// The page for an error of ours. Refusals (not found, a bad address) are
// HttpProblems, shown by refusal-response.ts; the privacy statement is
// privacy-page.ts.
import { html, type SafeHtml } from '../../views/html.ts';

export function errorPage(): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Er ging iets mis</h1>
<p class="utrecht-paragraph">Dit is een fout bij ons, niet bij u. Probeer het later opnieuw. Uw antwoorden staan nog in het webadres: gebruik de knop Terug van uw browser.</p>`;
}
