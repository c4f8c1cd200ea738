// Short pages: the privacy statement and the page for an error of ours.
// Refusals (not found, bad address) are HttpProblems, shown by refusal-response.ts.
import { html, type SafeHtml } from '../../views/html.ts';

export function privacyPage(): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Privacy</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">De Woonkansboom hoeft niet te weten wie uw cliënt is.</p>
<ul class="utrecht-unordered-list">
<li>U vult geen naam, adres, geboortedatum of ander persoonsgegeven in.</li>
<li>Uw antwoorden staan alleen in het webadres in uw eigen browser. De server bewaart ze niet.</li>
<li>We houden geen IP-adressen bij en plaatsen geen cookies op de openbare pagina's.</li>
<li>Datums die u invult en de antwoorden op de vragen komen niet in logbestanden.</li>
</ul>
<p class="utrecht-paragraph">Zo volgt de Woonkansboom de AVG: we verwerken niet meer gegevens dan nodig. Uw organisatie kan de Woonkansboom gebruiken zonder verwerkersovereenkomst.</p>`;
}

export function errorPage(): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Er ging iets mis</h1>
<p class="utrecht-paragraph">Dit is een fout bij ons, niet bij u. Probeer het later opnieuw. Uw antwoorden staan nog in het webadres: gebruik de knop Terug van uw browser.</p>`;
}
