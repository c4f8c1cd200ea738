// Two rounds side by side (/beheer/evaluatie/vergelijken?a=…&b=…): per
// statement, matched by its stable id, the share "(helemaal) mee eens" and the
// mean score in both rounds with the shift, how many left it open, and both
// distributions as bars. A note when one round let statements be left open and
// the other did not: "Neutraal" then means something else in each round.
import type { StatementShift } from '../../../core/evaluation/evaluation-comparison.ts';
import { scaleLabels } from '../../../core/evaluation/evaluation-scale.ts';
import { stackedBarChart } from '../../../render/charts/charts.ts';
import type { EvaluationRoundRecord } from '../../../store/evaluation-store.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { dataTable } from '../ui/data-table.ts';
import { meanShiftText, meanText, periodText, pointsText, shareText } from './evaluation-texts.ts';
import { compareChooser, roundPath } from './round-pages.ts';

function roundLine(label: string, round: EvaluationRoundRecord): SafeHtml {
  return html`<li class="utrecht-unordered-list__item">${label}: <a class="utrecht-link utrecht-link--html-a" href="${roundPath(round.id)}">${round.title}</a> (${periodText(round.opensOn, round.closesOn)}, ${String(round.responses)} reacties)</li>`;
}

/** Why the numbers of the two rounds may differ by more than opinions, or '' when they need no note. */
function openAnswersNote(a: EvaluationRoundRecord, b: EvaluationRoundRecord): SafeHtml | '' {
  if (a.openAnswersAllowed === b.openAnswersAllowed) return '';
  const [required, open] = a.openAnswersAllowed ? [b, a] : [a, b];
  return html`<div class="utrecht-alert utrecht-alert--warning" role="note" aria-label="Let op bij het vergelijken"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">Let op: de rondes werkten niet hetzelfde. In ‘${required.title}’ moest elke stelling een antwoord hebben. In ‘${open.title}’ mochten deelnemers een stelling overslaan. Wie geen mening had, koos in ‘${required.title}’ misschien ‘Neutraal/weet ik niet’. In ‘${open.title}’ kon die de stelling overslaan. Dat telt niet mee in de cijfers. Vergelijk de cijfers daarom voorzichtig.</p></div></div>`;
}

function partsOf(shifts: readonly StatementShift[]): [string, StatementShift[]][] {
  const parts = new Map<string, StatementShift[]>();
  for (const shift of shifts)
    parts.set(shift.partTitle, [...(parts.get(shift.partTitle) ?? []), shift]);
  return [...parts];
}

export function comparePage(options: {
  a: EvaluationRoundRecord;
  b: EvaluationRoundRecord;
  shifts: readonly StatementShift[];
  rounds: readonly EvaluationRoundRecord[];
}): SafeHtml {
  const { a, b, shifts, rounds } = options;
  return html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/evaluatie">Terug naar de evaluatie</a></p>
<h1 class="utrecht-heading-1">Rondes vergelijken</h1>
<ul class="utrecht-unordered-list">
${roundLine('Eerder', a)}
${roundLine('Later', b)}
</ul>
${openAnswersNote(a, b)}
<p class="utrecht-paragraph">‘n’ is het aantal antwoorden. ‘Open gelaten’ is hoe vaak iemand de stelling oversloeg; dat telt niet mee in de andere cijfers. ‘Mee eens’ is het deel van de antwoorden dat ‘Mee eens’ of ‘Helemaal mee eens’ is. De gemiddelde score loopt van 1 (helemaal niet mee eens) tot 5 (helemaal mee eens). Een stelling die in één van de rondes niet op het formulier stond, heeft daar een –.</p>
${partsOf(shifts).map(
  ([partTitle, partShifts]) => html`<section class="wkb-evaluation-part">
<h2 class="utrecht-heading-2">${partTitle}</h2>
${dataTable(
  `${partTitle}: verschil tussen de rondes per stelling`,
  [
    'Stelling',
    'n eerder',
    'n later',
    'Open gelaten eerder',
    'Open gelaten later',
    'Mee eens eerder',
    'Mee eens later',
    'Verschil mee eens',
    'Gemiddelde eerder',
    'Gemiddelde later',
    'Verschil gemiddelde',
  ],
  partShifts.map((shift) => [
    shift.text,
    shift.a ? String(shift.a.n) : '–',
    shift.b ? String(shift.b.n) : '–',
    shift.a ? String(shift.a.open) : '–',
    shift.b ? String(shift.b.open) : '–',
    shareText(shift.a?.agreeShare ?? null),
    shareText(shift.b?.agreeShare ?? null),
    pointsText(shift.agreeShift),
    meanText(shift.a?.mean ?? null),
    meanText(shift.b?.mean ?? null),
    meanShiftText(shift.meanShift),
  ]),
)}
${partShifts.map(
  (shift) => html`<h3 class="utrecht-heading-3">${shift.text}</h3>
${stackedBarChart({
  title: `Antwoorden in beide rondes: ${shift.text}`,
  description: `Hoe vaak elk van de vijf antwoorden is gekozen in ‘${a.title}’ en in ‘${b.title}’.`,
  segments: [...scaleLabels],
  rows: [
    { label: `Eerder: ${a.title}`, counts: shift.a ? [...shift.a.counts] : [0, 0, 0, 0, 0] },
    { label: `Later: ${b.title}`, counts: shift.b ? [...shift.b.counts] : [0, 0, 0, 0, 0] },
  ],
})}`,
)}
</section>`,
)}
<h2 class="utrecht-heading-2">Andere rondes vergelijken</h2>
${compareChooser(rounds, { a: String(a.id), b: String(b.id) })}`;
}

/** The page when the choice of rounds was missing or wrong. */
export function compareProblemPage(
  message: string,
  rounds: readonly EvaluationRoundRecord[],
): SafeHtml {
  return html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/evaluatie">Terug naar de evaluatie</a></p>
<h1 class="utrecht-heading-1">Rondes vergelijken</h1>
<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">${message}</p></div></div>
${rounds.length >= 2 ? compareChooser(rounds) : html`<p class="utrecht-paragraph">Er zijn nog geen twee rondes om te vergelijken.</p>`}`;
}
