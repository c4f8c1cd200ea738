// The page of one round (/beheer/evaluatie/rondes/:roundId): its details and
// public link, and the results — per statement a stacked bar of the five
// answers with n, the toelichtingen under it, and the advice per part. When
// responses came in under different rules (tree versions in force that day),
// the results can be read per set of rules.
import type {
  PartResult,
  RespondentText,
  RoundResults,
  StatementResult,
} from '../../../core/evaluation/evaluation-results.ts';
import type { RoundStatus } from '../../../core/evaluation/evaluation-round.ts';
import { scaleLabels } from '../../../core/evaluation/evaluation-scale.ts';
import { stackedBarChart } from '../../../render/charts/charts.ts';
import type { EvaluationRoundRecord } from '../../../store/evaluation-store.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import { formatAmsterdamTime } from '../ui/amsterdam-time.ts';
import { notice } from '../ui/notice.ts';
import { meanText, periodText, shareText, statusNames } from './evaluation-texts.ts';
import { openAnswersText, publicPath, roundPath } from './round-pages.ts';

function item(key: string, value: SafeHtml | string): SafeHtml {
  return html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${key}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${value}</dd></div>`;
}

/** What people wrote, each with who wrote it as they gave it. */
export function respondentTexts(texts: readonly RespondentText[], none: string): SafeHtml {
  if (texts.length === 0) return html`<p class="utrecht-paragraph">${none}</p>`;
  return html`<ul class="utrecht-unordered-list wkb-evaluation-texts">${texts.map(
    (entry) =>
      html`<li class="utrecht-unordered-list__item"><span class="wkb-evaluation-text">${entry.text}</span> <span class="wkb-evaluation-respondent">— ${entry.respondent}</span></li>`,
  )}</ul>`;
}

/** n, share and mean count answers on the scale only; a statement left open is counted apart. */
export function summaryLine(
  result: Pick<StatementResult, 'n' | 'open' | 'agreeShare' | 'mean'>,
): string {
  return `n = ${result.n} · open gelaten: ${result.open} · (helemaal) mee eens: ${shareText(result.agreeShare)} · gemiddelde score: ${meanText(result.mean)}`;
}

function statementSection(part: PartResult, statement: StatementResult): SafeHtml {
  return html`<section class="wkb-evaluation-result" aria-labelledby="stelling-${statement.id}">
<h3 class="utrecht-heading-3" id="stelling-${statement.id}">${String(statement.number)}. ${statement.text}</h3>
${stackedBarChart({
  title: `Antwoorden op stelling ${statement.number} van ‘${part.title}’`,
  description: `Hoe vaak elk van de vijf antwoorden is gekozen, van ‘Helemaal niet mee eens’ tot ‘Helemaal mee eens’. ${statement.n} antwoorden; ${statement.open} keer open gelaten.`,
  segments: [...scaleLabels],
  rows: [{ label: 'Aantal antwoorden', counts: [...statement.counts] }],
})}
<p class="utrecht-paragraph">${summaryLine(statement)}</p>
<h4 class="wkb-evaluation-subheading">Toelichtingen (${String(statement.notes.length)})</h4>
${respondentTexts(statement.notes, 'Geen toelichtingen.')}
</section>`;
}

/** Responses given under one set of rules: "hulpverlening 3, corporaties 2, gedeeld 1". */
export interface RulesGroup {
  rules: string;
  count: number;
}

/** The group of responses from before the rules were kept. */
export const unknownRules = 'onbekend';

function rulesLabel(rules: string): string {
  return rules === unknownRules ? 'Niet bekend (van voordat dit werd bewaard)' : rules;
}

/** Per set of rules: how many responses, and a link to the results of only those. */
function rulesSection(
  round: EvaluationRoundRecord,
  rules: { groups: readonly RulesGroup[]; shown?: string; all: number },
): SafeHtml | '' {
  if (rules.groups.length < 2 && rules.shown === undefined) return '';
  const path = roundPath(round.id);
  return html`<section class="wkb-evaluation-rules" aria-labelledby="regels">
<h2 class="utrecht-heading-2" id="regels">Regels die golden</h2>
<p class="utrecht-paragraph">De reacties kwamen binnen terwijl verschillende versies van de Woonkansbomen golden. Per versie (boom en versienummer):</p>
<ul class="utrecht-unordered-list">
${rules.groups.map((group) =>
  group.rules === rules.shown
    ? html`<li>${rulesLabel(group.rules)}: ${String(group.count)} ${group.count === 1 ? 'reactie' : 'reacties'} (hieronder getoond)</li>`
    : html`<li>${rulesLabel(group.rules)}: ${String(group.count)} ${group.count === 1 ? 'reactie' : 'reacties'} — <a class="utrecht-link utrecht-link--html-a" href="${path}?regels=${encodeURIComponent(group.rules)}">toon alleen deze</a></li>`,
)}
</ul>
${rules.shown !== undefined ? html`<p class="utrecht-paragraph">U ziet alleen de reacties met de regels ${rulesLabel(rules.shown)}. <a class="utrecht-link utrecht-link--html-a" href="${path}">Toon alle ${String(rules.all)} reacties</a>.</p>` : ''}
</section>`;
}

export function resultsPage(options: {
  round: EvaluationRoundRecord;
  status: RoundStatus;
  results: RoundResults;
  /** The responses per set of rules, and the one shown (all when undefined). */
  rules?: { groups: readonly RulesGroup[]; shown?: string; all: number };
  origin: string;
  mayManage: boolean;
  done: string | undefined;
  csrfToken: string | undefined;
}): SafeHtml {
  const { round, status, results, rules, origin, mayManage, done, csrfToken } = options;
  const closedEarly = round.closedAt ? ` (gesloten op ${formatAmsterdamTime(round.closedAt)})` : '';
  return html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/evaluatie">Terug naar de evaluatie</a></p>
<h1 class="utrecht-heading-1">${round.title}</h1>
${notice(done)}
<dl class="utrecht-data-list utrecht-data-list--rows">
${item('Status', `${statusNames[status]}${closedEarly}`)}
${item('Periode', periodText(round.opensOn, round.closesOn))}
${item('Reacties', String(results.n))}
${item('Formulier', `versie ${round.formId}`)}
${item('Stelling overslaan', openAnswersText(round.openAnswersAllowed))}
</dl>
<div class="utrecht-form-field utrecht-form-field--text wkb-evaluation-public-link">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="openbare-link">Openbare link voor deelnemers</label></div>
<p class="utrecht-form-field-description" id="openbare-link-hint">Kopieer deze link en stuur hem naar de deelnemers. Inloggen is niet nodig.</p>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--readonly" type="text" id="openbare-link" value="${origin}${publicPath(round.slug)}" readonly aria-describedby="openbare-link-hint"></div>
</div>
<p class="utrecht-paragraph wkb-evaluation-actions"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${roundPath(round.id)}/antwoorden.csv" download>Alle antwoorden downloaden (CSV)</a>${mayManage ? html` <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${roundPath(round.id)}/bewerken">Ronde aanpassen</a>` : ''}</p>
${
  mayManage && round.closedAt === null && status !== 'gesloten'
    ? html`<form method="post" action="${roundPath(round.id)}/sluiten" class="wkb-evaluation-close">
${csrfField(csrfToken)}
<p class="utrecht-paragraph">Sluit u de ronde nu? Dan kan niemand het formulier meer invullen. Dat kunt u niet terugdraaien.</p>
<button class="utrecht-button utrecht-button--secondary-action" type="submit">Ronde nu sluiten</button>
</form>`
    : ''
}
${rules ? rulesSection(round, rules) : ''}
${results.n === 0 ? html`<p class="utrecht-paragraph">Er zijn nog geen antwoorden.</p>` : ''}
${results.parts.map(
  (part) => html`<section class="wkb-evaluation-part" aria-labelledby="deel-${part.id}">
<h2 class="utrecht-heading-2" id="deel-${part.id}">${part.title}</h2>
${part.statements.map((statement) => statementSection(part, statement))}
<h3 class="utrecht-heading-3">${part.adviceLabel}</h3>
${respondentTexts(part.advice, 'Niemand heeft hier iets ingevuld.')}
</section>`,
)}`;
}
