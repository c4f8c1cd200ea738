// A parameter: value, unit and where the value comes from (SPEC §5: every
// period is a parameter the beheerder can change, e.g. 6 → 7 maanden).
import { type Parameter, parameterUnits } from '../../../core/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { selectField, textArea, textField } from '../form-fields.ts';

interface ParameterState {
  label: string;
  value: string;
  unit: string;
  source: string;
}

const unitLabels: Record<Parameter['unit'], string> = {
  years: 'jaar',
  months: 'maanden',
  weeks: 'weken',
  days: 'dagen',
  count: 'aantal (geen tijd)',
};

const fields = ['label', 'value', 'unit', 'source'];

export const parameterEditor: Editor<ParameterState> = {
  part: 'parameter',
  keyed: true,
  heading: ({ key }) => `Parameter "${key}" wijzigen`,
  read({ model, key }) {
    const parameter = model.tree.parameters[key];
    return (
      parameter && {
        label: parameter.label,
        value: String(parameter.value),
        unit: parameter.unit,
        source: parameter.source,
      }
    );
  },
  parse: (form) => ({
    label: form.get('label'),
    value: form.get('value').trim(),
    unit: form.get('unit'),
    source: form.get('source'),
  }),
  apply({ model, key }, state) {
    if (!/^\d{1,6}$/.test(state.value)) {
      return { errors: { value: 'Vul een heel getal in, zonder letters. Bijvoorbeeld 6.' } };
    }
    const next = copyModel(model);
    next.tree.parameters[key] = {
      label: state.label,
      value: Number(state.value),
      unit: state.unit as Parameter['unit'],
      source: state.source,
    };
    return { model: next };
  },
  fields: (
    state,
    { errors },
  ) => html`${textField({ name: 'label', label: 'Omschrijving', value: state.label, error: errors.label })}
${textField({ name: 'value', label: 'Waarde', type: 'number', value: state.value, hint: 'Een heel getal, bijvoorbeeld 6.', error: errors.value })}
${selectField({ name: 'unit', label: 'Eenheid', value: state.unit, choices: parameterUnits.map((unit) => ({ value: unit, label: unitLabels[unit] })), error: errors.unit })}
${textArea({ name: 'source', label: 'Bron', value: state.source, rows: 3, hint: 'Waar komt deze waarde vandaan? Bijvoorbeeld een beleidsstuk of een bijlage.', error: errors.source })}`,
  fieldOf(path, { key }) {
    const [list, id, field] = path.split('.');
    if (list !== 'parameters' || id !== key) return undefined;
    return fields.includes(field ?? '') ? field : 'label';
  },
  aside: ({ key }) =>
    html`<p class="utrecht-paragraph">In teksten schrijft u deze waarde als <code>{{${key}}}</code>. Berekende datums die deze parameter gebruiken, rekenen na het opslaan met de nieuwe waarde.</p>`,
};
