// The form of one condition: its parts (date comparison or answers),
// "alle" / "een van", an empty row to add a part; read-only when the
// condition cannot be taken apart.

import { conditionText, operatorWords } from '../../../core/diff/tree-diff-text.ts';
import type { Condition, Tree } from '../../../core/tree/tree.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import {
  checkbox,
  checkboxGroup,
  type FieldErrors,
  fieldGroup,
  selectField,
} from '../form-fields.ts';
import type { FormInput } from '../form-input.ts';
import { questionChoices } from '../route-choices.ts';
import { blankPart, type ConditionState, dateRefs, type PartState } from './condition-parts.ts';

const operatorChoices = Object.entries(operatorWords).map(([value, label]) => ({ value, label }));

const typeChoices = [
  { value: '', label: '— geen nieuwe voorwaarde —' },
  { value: 'date', label: 'Twee datums vergelijken' },
  { value: 'answer', label: 'Antwoord op een vraag' },
];

function choiceQuestions(tree: Tree) {
  return questionChoices(tree, '— kies een vraag —').filter(
    (choice) =>
      choice.value === '' ||
      tree.nodes.some((node) => node.id === choice.value && node.kind === 'choice'),
  );
}

function dateFields(
  tree: Tree,
  part: { compare: string; op: string; to: string },
  at: string,
  errors: FieldErrors,
) {
  const refs = [{ value: '', label: '— kies een datum —' }, ...dateRefs(tree)];
  return html`${selectField({ name: `${at}.compare`, label: 'Datum', value: part.compare, choices: refs, error: errors[`${at}.compare`] })}
${selectField({ name: `${at}.op`, label: 'is', value: part.op, choices: operatorChoices, error: errors[`${at}.op`] })}
${selectField({ name: `${at}.to`, label: 'datum', value: part.to, choices: refs, error: errors[`${at}.to`] })}`;
}

function answerFields(
  tree: Tree,
  part: { answer: string; values?: string[] },
  at: string,
  errors: FieldErrors,
) {
  const question = tree.nodes.find((node) => node.id === part.answer);
  const options = question?.kind === 'choice' ? question.options : [];
  return html`${selectField({ name: `${at}.answer`, label: 'Antwoord op vraag', value: part.answer, choices: choiceQuestions(tree), error: errors[`${at}.answer`] })}
${part.values === undefined ? html`<p class="utrecht-form-field-description">Sla op; daarna kiest u hier de antwoorden.</p>` : checkboxGroup({ name: `${at}.values`, legend: 'is een van', choices: options.map((option) => ({ value: option.id, label: `${option.id} – ${option.label}` })), checked: part.values, error: errors[`${at}.values`], hint: question ? undefined : 'Kies eerst een vraag en sla op.' })}`;
}

function partFields(tree: Tree, part: PartState, at: string, errors: FieldErrors): SafeHtml {
  const common = html`<input type="hidden" name="${at}.new" value="${part.isNew ? '1' : '0'}">`;
  if (part.type === '') {
    return fieldGroup(
      'Nieuwe voorwaarde (laat leeg als u niets toevoegt)',
      html`${common}${selectField({ name: `${at}.type`, label: 'Soort', value: '', choices: typeChoices, error: errors[`${at}.type`] })}
<p class="utrecht-form-field-description">Bij "Twee datums vergelijken":</p>
${dateFields(tree, part, at, errors)}
<p class="utrecht-form-field-description">Bij "Antwoord op een vraag":</p>
${answerFields(tree, { answer: part.answer }, at, errors)}`,
      at,
    );
  }
  const fields =
    part.type === 'date'
      ? dateFields(tree, part, at, errors)
      : answerFields(tree, part, at, errors);
  return fieldGroup(
    part.type === 'date' ? 'Datums vergelijken' : 'Antwoord op een vraag',
    html`${common}<input type="hidden" name="${at}.type" value="${part.type}">${fields}
${checkbox({ name: `${at}.remove`, label: 'Deze voorwaarde verwijderen', checked: part.remove })}`,
    at,
  );
}

export function conditionFields(
  tree: Tree,
  state: ConditionState,
  prefix: string,
  errors: FieldErrors,
): SafeHtml {
  if (state.fixed !== undefined) {
    let words = state.fixed;
    try {
      words = conditionText(JSON.parse(state.fixed) as Condition);
    } catch {}
    return html`<input type="hidden" name="${prefix}.fixed" value="${state.fixed}">
<p class="utrecht-paragraph"><strong>Voorwaarde:</strong> ${words}</p>
<p class="utrecht-form-field-description">Deze voorwaarde is te ingewikkeld voor dit formulier (er zit een "niet" of een voorwaarde in een voorwaarde in). U kunt hier wel kiezen waar de tak heen leidt. Wilt u de voorwaarde zelf veranderen? Vraag dat aan de ontwikkelaar.</p>`;
  }
  return html`${selectField({
    name: `${prefix}.combine`,
    label: 'Deze tak geldt als',
    value: state.combine,
    choices: [
      { value: 'all', label: 'alle voorwaarden hieronder kloppen' },
      { value: 'any', label: 'een van de voorwaarden hieronder klopt' },
    ],
  })}
<input type="hidden" name="${prefix}.parts" value="${String(state.parts.length)}">
${state.parts.map((part, index) => partFields(tree, part, `${prefix}.p${index + 1}`, errors))}`;
}

export function parseCondition(form: FormInput, prefix: string): ConditionState {
  if (form.has(`${prefix}.fixed`))
    return { combine: 'all', parts: [], fixed: form.get(`${prefix}.fixed`) };
  const count = Math.min(Number(form.get(`${prefix}.parts`)) || 0, 50);
  const parts = Array.from({ length: count }, (_, index): PartState => {
    const at = `${prefix}.p${index + 1}`;
    const isNew = form.get(`${at}.new`) === '1';
    const remove = form.has(`${at}.remove`);
    const date = {
      compare: form.get(`${at}.compare`),
      op: form.get(`${at}.op`),
      to: form.get(`${at}.to`),
    };
    const answer = form.get(`${at}.answer`);
    const type = form.get(`${at}.type`);
    if (type === 'date') return { type: 'date', ...date, remove, isNew };
    if (type === 'answer')
      return { type: 'answer', answer, values: form.all(`${at}.values`), remove, isNew };
    return { ...blankPart, ...date, answer };
  });
  return { combine: form.get(`${prefix}.combine`) === 'any' ? 'any' : 'all', parts };
}
