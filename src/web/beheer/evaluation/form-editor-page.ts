// /beheer/evaluatie/formulier: the beheerder edits parts and statements of the
// form for new rounds. One save button; removing, reordering and adding are
// fields (a checkbox, a place number, an empty text box), so no JavaScript is needed.

import { evaluationLimits } from '../../../core/evaluation/evaluation-form.ts';
import type { EvaluationProblem } from '../../../core/evaluation/evaluation-problem.ts';
import { scaleLabels } from '../../../core/evaluation/evaluation-scale.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import { checkbox, textArea, textField } from '../form-fields.ts';
import { notice } from '../ui/notice.ts';
import type { CurrentForm } from './evaluation-context.ts';
import { focusedErrorSummary, problemsByField } from './focused-error-summary.ts';
import { type EditorState, editorFields as f, type PartState } from './form-editor-state.ts';
import { formVersionText } from './round-pages.ts';

function partSection(
  part: PartState,
  p: number,
  errors: Readonly<Record<string, string>>,
): SafeHtml {
  return html`<section class="wkb-evaluation-part" aria-labelledby="deel-${String(p)}-kop">
<h2 class="utrecht-heading-2" id="deel-${String(p)}-kop">Deel ${String(p + 1)}: ${part.title}</h2>
<input type="hidden" name="${f.partId(p)}" value="${part.id}">
${textField({ name: f.title(p), label: 'Titel van dit deel', maxLength: evaluationLimits.partTitle, value: part.title, error: errors[f.title(p)] })}
${part.statements.map(
  (
    statement,
    s,
  ) => html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wkb-evaluation-edit-statement">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Stelling ${String(s + 1)}</legend>
<input type="hidden" name="${f.statementId(p, s)}" value="${statement.id}">
${textArea({ name: f.text(p, s), label: 'Tekst', hint: `Vaste code: ${statement.id}`, maxLength: evaluationLimits.statementText, value: statement.text, rows: 2, error: errors[f.text(p, s)] })}
<div class="wkb-evaluation-edit-row">
${textField({ name: f.place(p, s), label: 'Plaats', type: 'number', value: statement.place, error: errors[f.place(p, s)] })}
${checkbox({ name: f.remove(p, s), label: 'Stelling verwijderen', checked: statement.remove })}
</div>
</fieldset>`,
)}
${textArea({ name: f.newText(p), label: 'Nieuwe stelling toevoegen', hint: 'Niet verplicht. Laat leeg als u geen stelling wilt toevoegen. De nieuwe stelling komt onderaan.', maxLength: evaluationLimits.statementText, value: part.newText, rows: 2, error: errors[f.newText(p)] })}
${textField({ name: f.advice(p), label: 'Vraag voor adviezen en kritiek', hint: 'Het open tekstveld onder dit deel.', maxLength: evaluationLimits.adviceLabel, value: part.adviceLabel, error: errors[f.advice(p)] })}
</section>`;
}

export function formEditorPage(options: {
  state: EditorState;
  current: CurrentForm;
  problems: readonly EvaluationProblem[];
  conflict: boolean;
  done: string | undefined;
  csrfToken: string | undefined;
}): SafeHtml {
  const { state, current, problems, conflict, done, csrfToken } = options;
  const errors = problemsByField(problems);
  return html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/evaluatie">Terug naar de evaluatie</a></p>
<h1 class="utrecht-heading-1">Evaluatieformulier aanpassen</h1>
${notice(done)}
${focusedErrorSummary(problems)}
${
  conflict
    ? html`<div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<p class="utrecht-paragraph">Iemand anders heeft het formulier opgeslagen terwijl u bezig was. Uw wijzigingen staan hieronder nog, maar zijn niet opgeslagen. Bekijk eerst <a class="utrecht-link utrecht-link--html-a" href="/beheer/evaluatie/formulier" target="_blank">de nieuwste versie (opent in een nieuw tabblad)</a>. Slaat u daarna op? Dan wordt uw versie de nieuwste.</p>
</div></div></div>`
    : ''
}
<ul class="utrecht-unordered-list">
<li>Nieuwe rondes krijgen het formulier zoals u het hier opslaat. Nu is dat ${formVersionText(current)}.</li>
<li>Rondes die al bestaan, houden hun eigen versie. Hun antwoorden veranderen nooit.</li>
<li>Elke stelling heeft een vaste code. Zo kunt u rondes vergelijken, ook als u de tekst een beetje aanpast. Verandert de betekenis van een stelling? Verwijder haar dan en voeg een nieuwe toe.</li>
<li>De vijf antwoorden liggen vast: ${scaleLabels.join(' · ')}.</li>
</ul>
<form method="post" action="/beheer/evaluatie/formulier" class="wkb-evaluation-form" novalidate>
${csrfField(csrfToken)}
<input type="hidden" name="${f.basis}" value="${state.basis}">
<section class="wkb-evaluation-part" aria-labelledby="inleiding-kop">
<h2 class="utrecht-heading-2" id="inleiding-kop">Inleiding</h2>
${textArea({ name: f.intro, label: 'Tekst boven het formulier', hint: `Deelnemers lezen deze tekst eerst. U mag Markdown gebruiken: een lege regel voor een nieuwe alinea, *schuin*, **vet** en [linktekst](/) voor een link. Laat leeg als u geen inleiding wilt.`, maxLength: evaluationLimits.intro, value: state.intro, rows: 12, error: errors[f.intro] })}
</section>
${state.parts.map((part, p) => partSection(part, p, errors))}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Opslaan als nieuwe versie</button>
</form>`;
}
