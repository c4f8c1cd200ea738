// A question: text, help, hint and, for a choice, its options (label, hint,
// where it leads; add one in the empty row, remove with a checkbox); for a
// date question, where it leads.
import { idSchema, type QuestionNode, textLimits } from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { checkbox, fieldGroup, selectField, textArea, textField } from '../form-fields.ts';
import { placeholderList } from '../placeholder-list.ts';
import { quoted } from '../problem-place.ts';
import { outcomeChoices, routeChoices } from '../route-choices.ts';
import { referencesAside } from '../tree-references.ts';
import { optionalText, removeNode } from './node-parts.ts';

interface OptionState {
  id: string;
  label: string;
  hint: string;
  next: string;
  remove: boolean;
  /** The empty row to add an option: its id can be typed. */
  isNew: boolean;
}

interface QuestionState {
  kind: 'choice' | 'date';
  text: string;
  help: string;
  hint: string;
  next: string;
  /** Date questions: "Ik weet de datum niet precies" and where it leads (SPEC §4). */
  unknownLabel: string;
  unknownNext: string;
  /** Date questions: the date may lie in the future (a planned eviction). */
  future: boolean;
  options: OptionState[];
}

const blankOption: OptionState = {
  id: '',
  label: '',
  hint: '',
  next: '',
  remove: false,
  isNew: true,
};

function questionOf(target: {
  model: { tree: { nodes: readonly { id: string; kind: string }[] } };
  key: string;
}) {
  const node = target.model.tree.nodes.find((candidate) => candidate.id === target.key);
  return node && node.kind !== 'check' ? (node as QuestionNode) : undefined;
}

function isBlank(option: OptionState): boolean {
  return option.isNew && !option.id && !option.label && !option.hint && !option.next;
}

function optionErrors(options: OptionState[]): Record<string, string> {
  const errors: Record<string, string> = {};
  options.forEach((option, index) => {
    if (!option.isNew || isBlank(option)) return;
    const at = `o${index + 1}`;
    if (!idSchema.safeParse(option.id).success) {
      errors[`${at}.id`] =
        'Geef het nieuwe antwoord een id: kleine letters, cijfers, - of _, en begin met een letter. Bijvoorbeeld "misschien".';
    } else if (
      options.some((other, j) => j !== index && other.id === option.id && !isBlank(other))
    ) {
      errors[`${at}.id`] =
        `De id "${option.id}" is al een antwoord op deze vraag. Kies een andere id.`;
    }
    if (!option.next) errors[`${at}.next`] = 'Kies waar het nieuwe antwoord heen leidt.';
  });
  return errors;
}

export const questionEditor: Editor<QuestionState> = {
  part: 'vraag',
  keyed: true,
  heading: (target) => {
    const text = questionOf(target)?.text.trim();
    return text ? `Vraag wijzigen: ${quoted(text)}` : 'Vraag wijzigen';
  },
  read(target) {
    const question = questionOf(target);
    if (!question) return undefined;
    return {
      kind: question.kind,
      text: question.text,
      help: question.help,
      hint: question.hint ?? '',
      next: question.kind === 'date' ? question.next : '',
      unknownLabel: question.kind === 'date' ? (question.unknown?.label ?? '') : '',
      unknownNext: question.kind === 'date' ? (question.unknown?.next ?? '') : '',
      future: question.kind === 'date' && question.future === true,
      options:
        question.kind === 'choice'
          ? [
              ...question.options.map((option) => ({
                id: option.id,
                label: option.label,
                hint: option.hint ?? '',
                next: option.next,
                remove: false,
                isNew: false,
              })),
              blankOption,
            ]
          : [],
    };
  },
  parse(form, target) {
    const count = Math.min(Number(form.get('options')) || 0, 100);
    return {
      kind: questionOf(target)?.kind ?? 'choice',
      text: form.get('text'),
      help: form.get('help'),
      hint: form.get('hint'),
      next: form.get('next'),
      unknownLabel: form.get('unknownLabel').trim(),
      unknownNext: form.get('unknownNext'),
      future: form.has('future'),
      options: Array.from({ length: count }, (_, index) => {
        const at = `o${index + 1}`;
        return {
          id: form.get(`${at}.id`).trim(),
          label: form.get(`${at}.label`),
          hint: form.get(`${at}.hint`),
          next: form.get(`${at}.next`),
          remove: form.has(`${at}.remove`),
          isNew: form.get(`${at}.new`) === '1',
        };
      }),
    };
  },
  apply(target, state) {
    const errors = optionErrors(state.options);
    if (Object.keys(errors).length > 0) return { errors };
    const model = copyModel(target.model);
    const index = model.tree.nodes.findIndex((node) => node.id === target.key);
    const base = {
      id: target.key,
      text: state.text,
      help: state.help,
      ...optionalText('hint', state.hint),
    };
    model.tree.nodes[index] =
      state.kind === 'date'
        ? {
            ...base,
            kind: 'date',
            next: state.next,
            ...(state.future ? { future: true } : {}),
            ...(state.unknownLabel || state.unknownNext
              ? { unknown: { label: state.unknownLabel, next: state.unknownNext } }
              : {}),
          }
        : {
            ...base,
            kind: 'choice',
            options: state.options
              .filter((option) => !option.remove && !isBlank(option))
              .map((option) => ({
                id: option.id,
                label: option.label,
                ...optionalText('hint', option.hint),
                next: option.next,
              })),
          };
    return { model };
  },
  fields(state, { target, errors }) {
    const names = placeholderList(target.model.tree);
    const targets = routeChoices(target.model.tree, '— kies —');
    const options = state.options.map((option, index) => {
      const at = `o${index + 1}`;
      const legend = option.isNew
        ? 'Nieuw antwoord (laat leeg als u geen antwoord toevoegt)'
        : `Antwoord ${quoted(option.label || option.id)}`;
      return fieldGroup(
        legend,
        html`<input type="hidden" name="${at}.new" value="${option.isNew ? '1' : '0'}">
${option.isNew ? textField({ name: `${at}.id`, label: 'Id', value: option.id, hint: 'Kleine letters, bijvoorbeeld "misschien". De id verandert later niet meer.', error: errors[`${at}.id`] }) : html`<input type="hidden" name="${at}.id" value="${option.id}">`}
${textField({ name: `${at}.label`, placeholders: names, maxLength: textLimits.label, label: 'Label', value: option.label, error: errors[`${at}.label`] })}
${textField({ name: `${at}.hint`, placeholders: names, maxLength: textLimits.help, label: 'Hint (mag leeg)', value: option.hint, error: errors[`${at}.hint`] })}
${selectField({ name: `${at}.next`, label: 'Leidt naar', value: option.next, choices: targets, error: errors[`${at}.next`] })}
${option.isNew ? '' : checkbox({ name: `${at}.remove`, label: 'Dit antwoord verwijderen', checked: option.remove })}`,
        at,
      );
    });
    return html`<p class="utrecht-paragraph">Soort: ${state.kind === 'choice' ? 'keuzevraag' : 'datumvraag'}.</p>
${textArea({ name: 'text', placeholders: names, label: 'Vraag', maxLength: textLimits.short, value: state.text, rows: 2, error: errors.text })}
${textArea({ name: 'help', placeholders: names, maxLength: textLimits.help, label: 'Uitleg bij "Waarom vragen we dit?"', value: state.help, error: errors.help })}
${textField({ name: 'hint', placeholders: names, maxLength: textLimits.help, label: 'Hint onder de vraag (mag leeg)', value: state.hint, error: errors.hint })}
${
  state.kind === 'date'
    ? html`${selectField({ name: 'next', label: 'Na deze vraag naar', value: state.next, choices: targets, error: errors.next })}
${textField({ name: 'unknownLabel', maxLength: textLimits.label, label: 'Knop als de datum niet bekend is', value: state.unknownLabel, hint: 'Bijvoorbeeld "Ik weet de datum niet precies". Elke datumvraag heeft deze knop.', error: errors.unknownLabel })}
${selectField({ name: 'unknownNext', label: 'Zonder datum naar', value: state.unknownNext, choices: outcomeChoices(target.model.tree), error: errors.unknownNext })}
${checkbox({ name: 'future', label: 'De datum mag in de toekomst liggen (bijvoorbeeld een geplande ontruiming)', checked: state.future })}`
    : ''
}
<input type="hidden" name="options" value="${String(state.options.length)}">
${state.kind === 'choice' ? html`<h2 class="utrecht-heading-2">Antwoorden</h2>${options}` : ''}`;
  },
  fieldOf(path, target, state) {
    const [list, id, field, optionId, optionField] = path.split('.');
    if (list !== 'nodes' || id !== target.key) return undefined;
    if (field === 'options') {
      const row = state.options.findIndex((option) => option.id === optionId && !option.remove);
      const part = optionField === 'next' || optionField === 'hint' ? optionField : 'label';
      return `o${row === -1 ? 1 : row + 1}.${part}`;
    }
    if (field === 'unknown') return optionId === 'next' ? 'unknownNext' : 'unknownLabel';
    return ['text', 'help', 'hint', 'next'].includes(field ?? '') ? field : 'text';
  },
  aside: referencesAside,
  remove: (target) => removeNode(target),
};
