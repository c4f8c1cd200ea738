// A scenario of the draft (`/scenario/3`, or `/scenario/nieuw` to add one):
// name, peildatum, one answer field per question, and what must come out.
import { runScenario } from '../../../core/publish/scenarios.ts';
import type { Tree } from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { editPath } from '../beheer-paths.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor, EditTarget } from '../editor.ts';
import { fieldGroup, selectField, textField } from '../form-fields.ts';
import { questionChoices } from '../route-choices.ts';
import {
  adoptResult,
  blankScenario,
  problemCodes,
  type ScenarioState,
  scenarioOf,
  scenarioState,
} from './scenario-state.ts';

/** The index of the scenario in the file, -1 for a new one, undefined when there is none. */
function indexOf({ model, key }: EditTarget): number | undefined {
  if (key === 'nieuw') return -1;
  if (!/^[1-9]\d{0,4}$/.test(key)) return undefined;
  const index = Number(key) - 1;
  return index < model.scenarios.scenarios.length ? index : undefined;
}

function answerField(tree: Tree, id: string, value: string) {
  const name = `a.${id}`;
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (node?.kind === 'choice') {
    const choices = [
      { value: '', label: '— geen antwoord —' },
      ...node.options.map((option) => ({
        value: option.id,
        label: `${option.id} – ${option.label}`,
      })),
    ];
    return selectField({ name, label: `${id} – ${node.text}`, value, choices });
  }
  if (node?.kind === 'date') {
    return textField({
      name,
      label: `${id} – ${node.text}`,
      value,
      hint: 'Een datum als JJJJ-MM-DD, bijvoorbeeld 2022-03-15. Leeg: geen antwoord.',
    });
  }
  return textField({
    name,
    label: `${id} (geen vraag in deze boom)`,
    value,
    hint: 'Maak leeg om dit antwoord weg te halen.',
  });
}

const truthChoices = [
  { value: '', label: 'niet controleren' },
  { value: 'voldaan', label: 'voldaan (✓)' },
  { value: 'niet-voldaan', label: 'niet voldaan (✗)' },
  { value: 'onbekend', label: 'onbekend (?)' },
];

export const scenarioEditor: Editor<ScenarioState> = {
  part: 'scenario',
  keyed: true,
  heading: ({ key }) => (key === 'nieuw' ? 'Nieuw scenario' : `Scenario ${key} wijzigen`),
  read(target) {
    const index = indexOf(target);
    if (index === undefined) return undefined;
    const scenario = target.model.scenarios.scenarios[index];
    return scenario ? scenarioState(target.model.tree, scenario) : blankScenario(target.model.tree);
  },
  parse(form, { model }) {
    const tree = model.tree;
    const answerIds = new Set([
      ...tree.nodes.filter((node) => node.kind !== 'check').map((node) => node.id),
      ...form.get('answerIds').split(',').filter(Boolean),
    ]);
    return {
      name: form.get('name'),
      peildatum: form.get('peildatum'),
      start: form.get('start'),
      submitted: form.get('submitted'),
      answers: Object.fromEntries([...answerIds].map((id) => [id, form.get(`a.${id}`).trim()])),
      expect: form.get('expect'),
      dates: Object.fromEntries(tree.dates.map((rule) => [rule.id, form.get(`d.${rule.id}`)])),
      requirements: Object.fromEntries(
        tree.requirements.map((requirement) => [requirement.id, form.get(`r.${requirement.id}`)]),
      ),
      problemField: form.get('problemField'),
      problemCode: form.get('problemCode'),
    };
  },
  apply(target, state) {
    const index = indexOf(target) ?? -1;
    const result = scenarioOf(state);
    if ('errors' in result) return result;
    const list = target.model.scenarios.scenarios;
    if (
      list.some((scenario, other) => other !== index && scenario.name.trim() === state.name.trim())
    ) {
      return {
        errors: { name: 'Er is al een scenario met deze naam. Geef elk scenario een eigen zin.' },
      };
    }
    const model = copyModel(target.model);
    if (index === -1) {
      model.scenarios.scenarios.push(result.scenario);
      return { model, key: String(model.scenarios.scenarios.length) };
    }
    model.scenarios.scenarios[index] = result.scenario;
    return { model };
  },
  fields(state, { target, errors }) {
    const tree = target.model.tree;
    const questions = questionChoices(tree, '— geen —');
    const questionIds = new Set(tree.nodes.map((node) => node.id));
    const extra = Object.keys(state.answers).filter((id) => !questionIds.has(id));
    const ordered = [
      ...tree.nodes.filter((node) => node.kind !== 'check').map((node) => node.id),
      ...extra,
    ];
    const expectChoices = [
      { value: '', label: '— kies —' },
      {
        label: 'Uitkomsten',
        options: tree.outcomes.map((outcome) => ({
          value: `outcome:${outcome.id}`,
          label: `uitkomst ${outcome.id}`,
        })),
      },
      {
        label: 'Vragen',
        options: questions.slice(1).map((question) => ({
          value: `question:${question.value}`,
          label: `vraag ${question.label}`,
        })),
      },
    ];
    return html`${textField({ name: 'name', label: 'Naam: een zin over wat dit scenario laat zien', value: state.name, error: errors.name })}
${textField({ name: 'peildatum', label: 'Peildatum', value: state.peildatum, hint: 'JJJJ-MM-DD, bijvoorbeeld 2026-11-28.', error: errors.peildatum })}
${selectField({ name: 'start', label: 'Begin bij vraag (leeg: het begin van de boom)', value: state.start, choices: questions, error: errors.start })}
<input type="hidden" name="answerIds" value="${extra.join(',')}">
${fieldGroup('Antwoorden', html`${ordered.map((id) => answerField(tree, id, state.answers[id] ?? ''))}`, 'antwoorden')}
${fieldGroup(
  'Verwacht',
  html`${selectField({ name: 'expect', label: 'Het scenario eindigt bij', value: state.expect, choices: expectChoices, error: errors.expect })}
${tree.dates.map((rule) => textField({ name: `d.${rule.id}`, label: `Datum "${rule.label}"`, value: state.dates[rule.id] ?? '', hint: 'Leeg: niet controleren. "geen": er is geen datum. Anders JJJJ-MM-DD.' }))}
${tree.requirements.map((requirement) => selectField({ name: `r.${requirement.id}`, label: `Voorwaarde "${requirement.label}"`, value: state.requirements[requirement.id] ?? '', choices: truthChoices }))}
${selectField({ name: 'problemField', label: 'Verwacht probleem bij vraag (leeg: geen probleem)', value: state.problemField, choices: questions, error: errors.problemField })}
${selectField({ name: 'problemCode', label: 'Soort probleem', value: state.problemCode, choices: [{ value: '', label: '— geen —' }, ...problemCodes], error: errors.problemCode })}
${selectField({ name: 'submitted', label: 'Formulier verstuurd bij vraag (voor "geen antwoord gegeven")', value: state.submitted, choices: questions })}`,
  'verwacht',
)}`;
  },
  fieldOf(path, target, state) {
    const segments = path.split('.');
    while (segments[0] === 'scenarios') segments.shift();
    const [index, field, id] = segments;
    const own = indexOf(target);
    const number = own === -1 ? target.model.scenarios.scenarios.length : own;
    if (Number(index) !== number) return undefined;
    if (field === 'answers' && id && id in state.answers) return `a.${id}`;
    return ['name', 'peildatum', 'start', 'submitted'].includes(field ?? '') ? field : 'expect';
  },
  aside(target) {
    const index = indexOf(target);
    const scenario = index === undefined ? undefined : target.model.scenarios.scenarios[index];
    if (!scenario) return '';
    const result = runScenario(target.model.tree, scenario);
    return html`<h2 class="utrecht-heading-2">Klopt dit scenario in het opgeslagen concept?</h2>
${
  result.passed
    ? html`<p class="utrecht-paragraph wkb-check wkb-check--ok"><span aria-hidden="true">✓</span> Dit scenario klopt.</p>`
    : html`<p class="utrecht-paragraph wkb-check wkb-check--fail"><span aria-hidden="true">✗</span> Dit scenario klopt niet:</p><ul class="utrecht-unordered-list">${result.failures.map((failure) => html`<li class="utrecht-unordered-list__item">${failure}</li>`)}</ul>
<p class="utrecht-paragraph">Is de nieuwe uitkomst juist, bijvoorbeeld na een beleidswijziging? Neem dan over wat er nu uitkomt. U ziet het eerst in het formulier en slaat het zelf op.</p>
<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${editPath(target.treeId, 'scenario', target.key)}?voorstel=1">Neem over wat er nu uitkomt</a></p>`
}`;
  },
  proposal(target) {
    const index = indexOf(target);
    const scenario = index === undefined ? undefined : target.model.scenarios.scenarios[index];
    return (
      scenario &&
      adoptResult(target.model.tree, scenario, scenarioState(target.model.tree, scenario))
    );
  },
  remove(target) {
    const index = indexOf(target);
    if (index === undefined || index === -1) return undefined;
    const model = copyModel(target.model);
    model.scenarios.scenarios.splice(index, 1);
    return model;
  },
};
