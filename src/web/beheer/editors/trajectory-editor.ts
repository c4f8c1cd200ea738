// A trajectory information page: title, summary, body (Markdown) and the
// steps after registration (add one in the empty row, remove with a checkbox).
import { type Trajectory, textLimits } from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor, EditTarget } from '../editor.ts';
import { checkbox, fieldGroup, textArea, textField } from '../form-fields.ts';
import { placeholderList } from '../placeholder-list.ts';
import { quoted } from '../problem-place.ts';
import {
  appliedSource,
  isBlankSource,
  noSource,
  parseSource,
  readSource,
  type SourceState,
  sourceErrors,
  sourceFieldOf,
  sourceFields,
  withSource,
} from './source-fields.ts';

interface StepState extends SourceState {
  title: string;
  /** How long the step takes, shown in the outcome's timeline; placeholders allowed. */
  duration: string;
  text: string;
  remove: boolean;
  isNew: boolean;
}

interface TrajectoryState {
  title: string;
  summary: string;
  body: string;
  steps: StepState[];
}

const blankStep: StepState = {
  title: '',
  duration: '',
  text: '',
  remove: false,
  isNew: true,
  ...noSource,
};

function trajectoryOf({ model, key }: EditTarget): Trajectory | undefined {
  return model.tree.trajectories.find((trajectory) => trajectory.id === key);
}

function isBlankStep(step: StepState): boolean {
  return step.isNew && !step.title && !step.duration && !step.text && isBlankSource(step);
}

export const trajectoryEditor: Editor<TrajectoryState> = {
  part: 'traject',
  keyed: true,
  heading: ({ model, key }) => {
    const title = model.tree.trajectories.find((trajectory) => trajectory.id === key)?.title;
    return title?.trim() ? `Traject wijzigen: ${quoted(title)}` : 'Traject wijzigen';
  },
  read(target) {
    const trajectory = trajectoryOf(target);
    return (
      trajectory && {
        title: trajectory.title,
        summary: trajectory.summary,
        body: trajectory.body,
        steps: [
          ...trajectory.steps.map((step) => ({
            title: step.title,
            duration: step.duration ?? '',
            text: step.text,
            remove: false,
            isNew: false,
            ...readSource(step.source),
          })),
          blankStep,
        ],
      }
    );
  },
  parse(form) {
    const count = Math.min(Number(form.get('steps')) || 0, 100);
    return {
      title: form.get('title'),
      summary: form.get('summary'),
      body: form.get('body'),
      steps: Array.from({ length: count }, (_, index) => ({
        title: form.get(`s${index + 1}.title`),
        duration: form.get(`s${index + 1}.duration`),
        text: form.get(`s${index + 1}.text`),
        remove: form.has(`s${index + 1}.remove`),
        isNew: form.get(`s${index + 1}.new`) === '1',
        ...parseSource(form, `s${index + 1}.`),
      })),
    };
  },
  apply(target, state) {
    const errors = Object.assign(
      {},
      ...state.steps.map((step, index) =>
        step.remove || isBlankStep(step) ? {} : sourceErrors(step, { prefix: `s${index + 1}.` }),
      ),
    );
    if (Object.keys(errors).length > 0) return { errors };
    const before = trajectoryOf(target)?.steps ?? [];
    // The rows shown for existing steps come first, in order: the n-th of them is step n.
    let existing = 0;
    const rows = state.steps.map((step) => ({
      step,
      current: step.isNew ? undefined : before[existing++],
    }));
    const model = copyModel(target.model);
    model.tree.trajectories = model.tree.trajectories.map((trajectory) =>
      trajectory.id === target.key
        ? {
            ...trajectory,
            title: state.title,
            summary: state.summary,
            body: state.body,
            steps: rows
              .filter(({ step }) => !step.remove && !isBlankStep(step))
              .map(({ step, current }) => {
                // Parts of a step this form does not show stay as they are.
                const { duration: _duration, ...kept } = current ?? {};
                return withSource(
                  {
                    ...kept,
                    title: step.title,
                    ...(step.duration.trim() ? { duration: step.duration.trim() } : {}),
                    text: step.text,
                  },
                  appliedSource(current?.source, step),
                );
              }),
          }
        : trajectory,
    );
    return { model };
  },
  fields: (
    state,
    { target, errors },
  ) => html`${textField({ name: 'title', placeholders: placeholderList(target.model.tree), label: 'Titel', maxLength: textLimits.label, value: state.title, error: errors.title })}
${textArea({ name: 'summary', placeholders: placeholderList(target.model.tree), maxLength: textLimits.short, label: 'Samenvatting (één zin)', value: state.summary, rows: 2, error: errors.summary })}
${textArea({ name: 'body', placeholders: placeholderList(target.model.tree), maxLength: textLimits.body, label: 'Tekst van de informatiepagina', value: state.body, rows: 12, hint: 'Markdown: **vet**, een lege regel voor een nieuwe alinea, "-" voor een lijst.', error: errors.body })}
<h2 class="utrecht-heading-2">Stappen na de aanmelding</h2>
<input type="hidden" name="steps" value="${String(state.steps.length)}">
${state.steps.map((step, index) => {
  const at = `s${index + 1}`;
  return fieldGroup(
    step.isNew ? 'Nieuwe stap (laat leeg als u geen stap toevoegt)' : `Stap ${index + 1}`,
    html`<input type="hidden" name="${at}.new" value="${step.isNew ? '1' : '0'}">
${textField({ name: `${at}.title`, placeholders: placeholderList(target.model.tree), maxLength: textLimits.label, label: 'Titel', value: step.title, error: errors[`${at}.title`] })}
${textField({ name: `${at}.duration`, placeholders: placeholderList(target.model.tree), maxLength: textLimits.short, label: 'Duur (niet verplicht)', value: step.duration, hint: 'Bijvoorbeeld "tussen {{oppakken_min_weken}} en {{oppakken_max_weken}} na de aanmelding". Staat in de tijdlijn bij de uitkomst.', error: errors[`${at}.duration`] })}
${textArea({ name: `${at}.text`, placeholders: placeholderList(target.model.tree), maxLength: textLimits.help, label: 'Tekst', value: step.text, rows: 3, error: errors[`${at}.text`] })}
${sourceFields(step, errors, { prefix: `${at}.` })}
${step.isNew ? '' : checkbox({ name: `${at}.remove`, label: 'Deze stap verwijderen', checked: step.remove })}`,
    at,
  );
})}`,
  fieldOf(path, { key }, state) {
    const [list, id, field, index, stepField] = path.split('.');
    if (list !== 'trajectories' || id !== key) return undefined;
    if (field === 'steps') {
      const kept = state.steps.filter((step) => !step.remove && !isBlankStep(step));
      const row = state.steps.indexOf(kept[Number(index)] as StepState);
      const at = `s${row === -1 ? 1 : row + 1}.`;
      const source = sourceFieldOf(path.split('.').slice(4), at);
      if (source) return source;
      const fieldName = stepField === 'text' || stepField === 'duration' ? stepField : 'title';
      return `${at}${fieldName}`;
    }
    return ['title', 'summary', 'body'].includes(field ?? '') ? field : 'title';
  },
};
