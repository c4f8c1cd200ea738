// /privacy: what the Woonkansboom keeps and what it never keeps, field by
// field. The lists of counted and stored fields are typed by the tables they
// describe, so a new column does not typecheck until this page says what it is.

import { verdicts } from '../../core/tree/tree.ts';
import { type UsageKind, usageKinds } from '../../core/usage/usage-event.ts';
import { orgTypeLabels, orgTypes } from '../../core/usage/usage-org.ts';
import type { EvaluationResponseTable } from '../../store/evaluation-tables.ts';
import type { UsageCountTable } from '../../store/usage-tables.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { verdictLabel } from '../../views/verdict.ts';

/** Every column of a usage count, in words. */
const usageCountFields: Record<keyof UsageCountTable, string> = {
  day: 'de dag (geen tijd)',
  tree_id: 'welke Woonkansboom: die voor hulpverleners of die voor woningcorporaties',
  tree_version: 'de versie van die Woonkansboom',
  kind: 'wat er gebeurde (zie hieronder)',
  node_id: 'welke vraag het was, maar niet het antwoord',
  outcome_id: 'welke uitkomst het was',
  verdict: 'het soort uitkomst',
  org_type: 'het soort organisatie, als u dat op de startpagina hebt gekozen',
  count: 'hoe vaak dit die dag gebeurde',
};

/** Every kind of usage event, in words. */
const usageKindTexts: Record<UsageKind, string> = {
  'walk-started': 'iemand begon met de eerste vraag',
  'question-shown': 'iemand kreeg een vraag te zien',
  'question-answered': 'iemand beantwoordde een vraag',
  'outcome-reached': 'iemand kwam bij een uitkomst',
  'advice-printed': 'iemand opende de pagina om het advies af te drukken',
  'advice-downloaded': 'iemand downloadde het advies als pdf',
  'handout-printed': 'iemand opende de uitleg voor de huurder om af te drukken',
  'handout-downloaded': 'iemand downloadde de uitleg voor de huurder als pdf',
};

/** Every column of a filled-in evaluation questionnaire, in words. */
const evaluationFields: Record<keyof EvaluationResponseTable, string> = {
  answers:
    'uw antwoorden op de stellingen (of dat u een stelling open liet), en uw toelichtingen en adviezen als u die schrijft',
  respondent_name: 'uw naam, alleen als u die invult',
  respondent_function: 'uw functie, alleen als u die invult',
  submitted_on: 'de dag waarop u het formulier verstuurde (geen tijd)',
  round_id: 'bij welke ronde van de vragenlijst uw antwoorden horen',
  rules_versions:
    'welke versie van de regels van de Woonkansbomen op die dag gold, zodat we antwoorden over oude en nieuwe regels apart kunnen lezen',
  idempotency_key:
    'een willekeurige code van het formulier, zodat twee keer klikken op Versturen maar één keer telt',
  id: 'een volgnummer',
};

function list(items: readonly (string | SafeHtml)[]): SafeHtml {
  return html`<ul class="utrecht-unordered-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

export function privacyPage(): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Privacy</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">De Woonkansboom hoeft niet te weten wie uw cliënt is. Daarom vraagt hij er ook niet naar.</p>

<h2 class="utrecht-heading-2">Wat u invult, blijft bij u</h2>
${list([
  'U vult geen naam, adres, geboortedatum, BSN of ander persoonsgegeven van uw cliënt in.',
  'Uw antwoorden staan alleen in het webadres (de link) in uw eigen browser. De server bewaart ze niet.',
  'Typt u op de pagina om het advies af te drukken de naam of initialen van uw cliënt? Die blijven op uw apparaat. Ze gaan niet naar de server en komen niet in de pdf.',
  "We plaatsen geen cookies op de openbare pagina's.",
  'Kiest u op de startpagina waar u werkt? Dan onthoudt uw eigen browser die keuze, niet de server.',
])}

<h2 class="utrecht-heading-2">Wat we tellen</h2>
<p class="utrecht-paragraph">We tellen hoe vaak de Woonkansboom wordt gebruikt. Zo ziet Bureau Woonkans of de Woonkansboom helpt, en bij welke vraag mensen stoppen. We bewaren alleen aantallen per dag, geen gegevens per persoon. Een telling bestaat uit:</p>
${list(Object.values(usageCountFields))}
<p class="utrecht-paragraph">Wat er gebeurde, is een van deze dingen:</p>
${list(usageKinds.map((kind) => usageKindTexts[kind]))}
<p class="utrecht-paragraph">Het soort uitkomst is een van deze: ${verdicts.map(verdictLabel).join(', ')}. Het soort organisatie is een van deze: ${orgTypes.map((code) => orgTypeLabels[code]).join(', ')}.</p>
<p class="utrecht-paragraph">Als u de vragen beantwoordt, tellen of bewaren we nooit:</p>
${list([
  'uw antwoorden op de vragen;',
  'datums die u invult, zoals de datum van de ontruiming;',
  'tekst die u zelf typt, zoals de naam van uw cliënt op de pagina om af te drukken;',
  'iets waaraan iemand uw cliënt kan herkennen;',
  'uw IP-adres (het adres van uw computer op internet);',
  'een code die de stappen van één persoon aan elkaar koppelt.',
])}
<p class="utrecht-paragraph">Gebruikt een organisatie de Woonkansboom in haar eigen website? Dan tellen we niets.</p>

<h2 class="utrecht-heading-2">Wat de server opschrijft</h2>
<p class="utrecht-paragraph">Bij elk bezoek aan een pagina schrijft de server één regel in zijn logboek: het soort verzoek (zoals GET), de pagina, de code van het antwoord (zoals 200) en hoe lang het duurde. De pagina schrijft hij op zonder het deel na het vraagteken. In dat deel staan uw antwoorden. Uw IP-adres schrijft hij ook niet op.</p>
<p class="utrecht-paragraph">De server onthoudt een paar dingen in zijn geheugen. Dit komt niet op schijf en niet in een logboek. Na een herstart van de server is het weg.</p>
${list([
  "Pdf's die al gemaakt zijn, tot het einde van de dag. Vraagt iemand dezelfde pdf nog een keer, dan is die meteen klaar.",
  'Antwoorden van de API, tot er nieuwere voor in de plaats komen.',
  'Hoeveel verzoeken er kort na elkaar van één internetadres komen. Zo stoppen we misbruik.',
])}

<h2 class="utrecht-heading-2">Het evaluatieformulier</h2>
<p class="utrecht-paragraph">Bureau Woonkans vraagt soms met een vragenlijst wat u van de Woonkansboom en het tweedekansbeleid vindt. Vult u die in, dan bewaren we:</p>
${list(Object.values(evaluationFields))}
<p class="utrecht-paragraph">Laat u uw naam en functie leeg, dan blijft u anoniem. We bewaren bij de vragenlijst geen IP-adres en plaatsen geen cookie. Alleen medewerkers van Bureau Woonkans met de rol beheerder of analist zien de antwoorden. Schrijf in uw toelichting geen gegevens van cliënten.</p>

<h2 class="utrecht-heading-2">Medewerkers met een account</h2>
<p class="utrecht-paragraph">Wie de Woonkansboom beheert, heeft een account. Daarvoor bewaren we het e-mailadres, de rol en een code die bij het wachtwoord hoort (een hash). Het wachtwoord zelf bewaren we niet, en uit de code kan niemand het terugvinden. Na het inloggen zet de browser een cookie, zodat u ingelogd blijft. Elke wijziging aan de Woonkansboom komt in een logboek, met wie het deed en wanneer.</p>

<h2 class="utrecht-heading-2">Waarom zo weinig?</h2>
<p class="utrecht-paragraph">Zo volgt de Woonkansboom de AVG: we verwerken niet meer gegevens dan nodig. Uw organisatie kan de Woonkansboom gebruiken zonder verwerkersovereenkomst.</p>
<p class="utrecht-paragraph">Hebt u een vraag over privacy? <a class="utrecht-link utrecht-link--html-a" href="/contact">Neem contact op met Bureau Woonkans</a>.</p>`;
}
