// A parameter: value, unit and where the value comes from (SPEC §5: every
// period is a parameter the beheerder can change, e.g. 6 → 7 maanden).
import {
  type Parameter,
  parameterUnits,
  type Source,
  textLimits,
} from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { selectField, textField } from '../form-fields.ts';
import { quoted } from '../problem-place.ts';
import {
  appliedSource,
  parseSource,
  readSource,
  type SourceState,
  sourceErrors,
  sourceFieldOf,
  sourceFields,
} from './source-fields.ts';

interface ParameterState extends SourceState {
  label: string;
  value: string;
  unit: string;
}

const unitLabels: Record<Parameter['unit'], string> = {
  years: 'jaar',
  months: 'maanden',
  weeks: 'weken',
  days: 'dagen',
  count: 'aantal (geen tijd)',
};

const fields = ['label', 'value', 'unit'];

export const parameterEditor: Editor<ParameterState> = {
  part: 'parameter',
  keyed: true,
  heading: ({ model, key }) => {
    const label = model.tree.parameters[key]?.label.trim();
    return label ? `Parameter wijzigen: ${quoted(label)}` : 'Parameter wijzigen';
  },
  read({ model, key }) {
    const parameter = model.tree.parameters[key];
    return (
      parameter && {
        label: parameter.label,
        value: String(parameter.value),
        unit: parameter.unit,
        ...readSource(parameter.source),
      }
    );
  },
  parse: (form) => ({
    label: form.get('label'),
    value: form.get('value').trim(),
    unit: form.get('unit'),
    ...parseSource(form),
  }),
  apply({ model, key }, state) {
    const errors = {
      ...(/^\d{1,6}$/.test(state.value)
        ? {}
        : { value: 'Vul een heel getal in, zonder letters. Bijvoorbeeld 6.' }),
      ...sourceErrors(state, { required: true }),
    };
    if (Object.keys(errors).length > 0) return { errors };
    const next = copyModel(model);
    const current = model.tree.parameters[key];
    // A changed source is a new claim: it waits for a beheerder to confirm it again (SPEC §11).
    const source = appliedSource(current?.source, state) as Source;
    next.tree.parameters[key] = {
      ...current,
      label: state.label,
      value: Number(state.value),
      unit: state.unit as Parameter['unit'],
      source,
    };
    return { model: next };
  },
  fields: (
    state,
    { errors },
  ) => html`${textField({ name: 'label', label: 'Omschrijving', maxLength: textLimits.label, value: state.label, error: errors.label })}
${textField({ name: 'value', label: 'Waarde', type: 'number', value: state.value, hint: 'Een heel getal, bijvoorbeeld 6.', error: errors.value })}
${selectField({ name: 'unit', label: 'Eenheid', value: state.unit, choices: parameterUnits.map((unit) => ({ value: unit, label: unitLabels[unit] })), error: errors.unit })}
${sourceFields(state, errors, { required: true, hint: 'Waar komt deze waarde vandaan? Bij de scriptie: het hoofdstuk of de bijlage. Bij een openbare bron: de website en de datum. Bij een aanname: waarom.' })}`,
  fieldOf(path, { key }) {
    const [list, id, ...rest] = path.split('.');
    if (list !== 'parameters' || id !== key) return undefined;
    const field = rest[0];
    return (sourceFieldOf(rest) ?? fields.includes(field ?? '')) ? field : 'label';
  },
  aside: ({ key }) =>
    html`<p class="utrecht-paragraph">In teksten schrijft u deze waarde als <code>{{${key}}}</code>. Berekende datums die deze parameter gebruiken, rekenen na het opslaan met de nieuwe waarde.</p>`,
};
