// /toegankelijkheid: the accessibility statement, in the form Dutch public
// bodies use (the model of digitoegankelijk.nl): what it covers, the status
// against WCAG 2.1 AA, how and when it was tested, the known problems, how to
// report one, and the date. "Voldoet gedeeltelijk" until an independent,
// complete audit (WCAG-EM) says more: our own tests find no error on the
// pages they check, but they do not check everything.
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import type { PlainDate } from '../../core/dates/plain-date.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { mailLink, type OwnerContact, ownerContactHtml } from './owner-contact.ts';

/** When this statement was written and the pages were last tested with outside tools. */
export const statementDate: PlainDate = '2026-12-06';

export const accessibilityReportSubject = 'Toegankelijkheid van de Woonkansboom';

interface KnownProblem {
  title: string;
  /** What goes wrong, and for whom. */
  effect: string;
  /** What you can use instead, until it is solved. */
  instead: string;
  /** The WCAG 2.1 success criterion it fails; none for good practice that WCAG does not require. */
  criterion?: string;
}

/**
 * Found by the outside audit of 6 December 2026 (Lighthouse, pa11y, Nu HTML
 * Checker) and checked again on the code of that day; remove an entry when
 * its cause is gone.
 */
const knownProblems: KnownProblem[] = [
  {
    title: "De pdf's zijn nog niet getoetst aan PDF/UA",
    effect:
      'De pdf’s van het advies, de uitleg voor de huurder en het schema hebben koppen, lijsten, tabellen en links die een schermlezer kan volgen. Ze zijn nog niet gecontroleerd met een programma voor de norm PDF/UA. Op het advies leest een schermlezer de lege regel voor de naam van de cliënt voor als een rij lage streepjes.',
    instead:
      'gebruik de pagina om het advies of de uitleg af te drukken: dat is een gewone webpagina. Het schema staat op de pagina met het schema ook als tekst.',
  },
  {
    title: 'In het schema staan een paar woorden over elkaar',
    effect:
      'Op de tekening van alle vragen en uitkomsten staan twee keer de woorden "Ik weet de datum niet precies" deels over elkaar, en zijn een paar namen van uitkomsten breder dan hun vak.',
    instead:
      'lees de tekstversie van het schema, op dezelfde pagina onder de tekening. Daarin staat alles.',
  },
];

function reportHtml(owner: OwnerContact | undefined): SafeHtml {
  const report = mailLink(owner, accessibilityReportSubject);
  return html`<h2 class="utrecht-heading-2" id="melden">Een probleem melden</h2>
<p class="utrecht-paragraph">Kunt u iets in de Woonkansboom niet gebruiken, of niet goed? Laat het Bureau Woonkans weten. ${
    report
      ? html`<a class="utrecht-link utrecht-link--html-a" href="${report}">Stuur een e-mail over de toegankelijkheid</a>.`
      : ''
  }</p>
<p class="utrecht-paragraph">Schrijf erbij op welke pagina het was (de link), wat er misging, en wat u gebruikt, zoals uw browser of schermlezer. Schrijf geen gegevens van uw cliënt in uw bericht.</p>
${owner ? ownerContactHtml(owner, 3) : html`<p class="utrecht-paragraph">De contactgegevens van Bureau Woonkans staan nog niet in de Woonkansboom.</p>`}`;
}

export function accessibilityPage(owner: OwnerContact | undefined): SafeHtml {
  const date = formatDutchDate(statementDate);
  // A soft hyphen: the word is wider than a phone, and browsers have no Dutch hyphenation.
  return html`<h1 class="utrecht-heading-1">Toegankelijkheids\u00ADverklaring</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Bureau Woonkans wil dat iedereen de Woonkansboom kan gebruiken. Ook met een schermlezer, met alleen het toetsenbord, of met de pagina groot op het scherm.</p>

<h2 class="utrecht-heading-2">Waar gaat deze verklaring over?</h2>
<p class="utrecht-paragraph">Deze verklaring gaat over de hele Woonkansboom op deze website: de vragen en uitkomsten, het advies en de uitleg voor de huurder (ook als pdf), de trajecten, het schema, de Woonkansboom in andere websites, de vragenlijst, en de pagina's voor medewerkers van Bureau Woonkans (beheer).</p>
<p class="utrecht-paragraph">Bureau Woonkans streeft ernaar dat de Woonkansboom voldoet aan de eisen die voor websites van de overheid gelden: de Europese norm EN 301 549, en daarin de WCAG 2.1 op niveau AA. Deze verklaring volgt het model van de overheid (digitoegankelijk.nl).</p>

<h2 class="utrecht-heading-2">Status: voldoet gedeeltelijk</h2>
<p class="utrecht-paragraph">De Woonkansboom voldoet gedeeltelijk aan WCAG 2.1 niveau AA. We kennen nog een paar problemen: die staan hieronder. En een volledig onderzoek door een onafhankelijke deskundige, volgens de methode WCAG-EM, is nog niet gedaan. Daarom zeggen we niet dat de Woonkansboom volledig voldoet.</p>

<h2 class="utrecht-heading-2">Hoe we testen</h2>
<ul class="utrecht-unordered-list">
<li>Bij elke wijziging van de Woonkansboom lopen automatische testen. Daarin controleert axe-core elke soort pagina in een echte browser (Chromium) op de eisen van WCAG 2.1 niveau AA. De testen kijken ook of de pagina's werken op een scherm van 320 pixels breed en bij 200% zoom, en of u altijd ziet waar u met het toetsenbord bent.</li>
<li>De testen lopen ook de vragen door met alleen het toetsenbord, en zonder JavaScript.</li>
<li>Bij elke wijziging controleren ook pa11y (met HTML_CodeSniffer en axe) en de W3C Nu HTML Checker elke soort pagina, openbaar en beheer. Ze vinden geen fouten.</li>
<li>Op ${date} zijn de pagina's ook getest met Lighthouse. Wat de testen vonden en nog niet is opgelost, staat hieronder bij de bekende problemen.</li>
</ul>

<h2 class="utrecht-heading-2">Bekende problemen</h2>
<p class="utrecht-paragraph">Deze problemen zijn nog niet opgelost. Er is nog geen datum waarop dat gebeurt.</p>
${knownProblems.map(
  (problem) => html`<h3 class="utrecht-heading-3">${problem.title}</h3>
<p class="utrecht-paragraph">${problem.effect}</p>
<p class="utrecht-paragraph">Wat u kunt doen: ${problem.instead}</p>
<p class="utrecht-paragraph wkb-meta">${problem.criterion ? `Eis van WCAG 2.1: ${problem.criterion}.` : 'Geen eis van WCAG 2.1, wel een goede gewoonte.'}</p>`,
)}

${reportHtml(owner)}

<h2 class="utrecht-heading-2">Datum van deze verklaring</h2>
<p class="utrecht-paragraph">Deze verklaring is gemaakt op ${date}. Toen zijn de pagina's voor het laatst met de testen hierboven gecontroleerd.</p>`;
}
