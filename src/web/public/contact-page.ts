// /contact: who runs the Woonkansboom and how to reach them (the shared
// contact, see owner-contact.ts), and how to report an advice that is wrong
// or unclear without sending anything about the client.
import { html, type SafeHtml } from '../../views/html.ts';
import { mailLink, type OwnerContact, ownerContactHtml } from './owner-contact.ts';

export const adviceReportSubject = 'Fout of onduidelijk advies in de Woonkansboom';

export function contactPage(owner: OwnerContact | undefined): SafeHtml {
  const report = mailLink(owner, adviceReportSubject);
  return html`<h1 class="utrecht-heading-1">Contact</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">De Woonkansboom is een hulpmiddel van Bureau Woonkans. Bureau Woonkans bepaalt de vragen, de adviezen en de teksten, en past ze aan als het beleid verandert.</p>
${
  owner
    ? ownerContactHtml(owner)
    : html`<p class="utrecht-paragraph">De contactgegevens van Bureau Woonkans staan nog niet in de Woonkansboom.</p>`
}
<h2 class="utrecht-heading-2" id="advies-melden">Klopt een advies niet, of is het niet duidelijk?</h2>
<p class="utrecht-paragraph">Laat het ons weten. Dan maken we de Woonkansboom beter.${
    report
      ? html` <a class="utrecht-link utrecht-link--html-a" href="${report}">Stuur een e-mail over het advies</a>.`
      : owner
        ? ' Gebruik de contactgegevens hierboven.'
        : ''
  }</p>
<p class="utrecht-paragraph">Zet in uw bericht:</p>
<ul class="utrecht-unordered-list">
<li>de link naar het advies: het webadres van de pagina met de uitkomst. Daarin staan uw antwoorden, maar geen naam;</li>
<li>wat er volgens u niet klopt, of wat niet duidelijk is.</li>
</ul>
<p class="utrecht-paragraph">Schrijf geen naam, adres of andere gegevens van uw cliënt in uw bericht.</p>
<p class="utrecht-paragraph">Hebt u een vraag over een cliënt? Bij de uitkomsten in de Woonkansboom staat wie u daarover kunt bellen of mailen.</p>

<h2 class="utrecht-heading-2">Meer</h2>
<ul class="utrecht-unordered-list">
<li>Werkt iets niet goed met een schermlezer, het toetsenbord of vergroting? Lees hoe u dat meldt in de <a class="utrecht-link utrecht-link--html-a" href="/toegankelijkheid">toegankelijkheidsverklaring</a>.</li>
<li>Wat we wel en niet bewaren, leest u op de pagina <a class="utrecht-link utrecht-link--html-a" href="/privacy">Privacy</a>.</li>
<li>Wilt u de Woonkansboom in uw eigen systeem? Lees hoe dat werkt bij de <a class="utrecht-link utrecht-link--html-a" href="/api">API voor koppelingen</a> en bij <a class="utrecht-link utrecht-link--html-a" href="/embed">de Woonkansboom in uw eigen website</a>.</li>
</ul>`;
}
