// A parameter: value, unit and where the value comes from (SPEC §5: every
// period is a parameter the beheerder can change, e.g. 6 → 7 maanden).
import { sourceKindLabels } from '../../../core/source.ts';
import {
  type Parameter,
  parameterUnits,
  type SourceKind,
  sourceKinds,
} from '../../../core/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { selectField, textArea, textField } from '../form-fields.ts';

interface ParameterState {
  label: string;
  value: string;
  unit: string;
  sourceKind: string;
  sourceRef: string;
}

const unitLabels: Record<Parameter['unit'], string> = {
  years: 'jaar',
  months: 'maanden',
  weeks: 'weken',
  days: 'dagen',
  count: 'aantal (geen tijd)',
};

const fields = ['label', 'value', 'unit', 'sourceKind', 'sourceRef'];

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
        sourceKind: parameter.source.kind,
        sourceRef: parameter.source.ref,
      }
    );
  },
  parse: (form) => ({
    label: form.get('label'),
    value: form.get('value').trim(),
    unit: form.get('unit'),
    sourceKind: form.get('sourceKind'),
    sourceRef: form.get('sourceRef'),
  }),
  apply({ model, key }, state) {
    if (!/^\d{1,6}$/.test(state.value)) {
      return { errors: { value: 'Vul een heel getal in, zonder letters. Bijvoorbeeld 6.' } };
    }
    const next = copyModel(model);
    const before = model.tree.parameters[key]?.source;
    // A changed source is a new claim: it waits for a beheerder to confirm it again (SPEC §11).
    const unchanged = before?.kind === state.sourceKind && before.ref === state.sourceRef.trim();
    next.tree.parameters[key] = {
      label: state.label,
      value: Number(state.value),
      unit: state.unit as Parameter['unit'],
      source: {
        kind: state.sourceKind as SourceKind,
        ref: state.sourceRef,
        confirmed: unchanged ? before.confirmed : false,
      },
    };
    return { model: next };
  },
  fields: (
    state,
    { errors },
  ) => html`${textField({ name: 'label', label: 'Omschrijving', value: state.label, error: errors.label })}
${textField({ name: 'value', label: 'Waarde', type: 'number', value: state.value, hint: 'Een heel getal, bijvoorbeeld 6.', error: errors.value })}
${selectField({ name: 'unit', label: 'Eenheid', value: state.unit, choices: parameterUnits.map((unit) => ({ value: unit, label: unitLabels[unit] })), error: errors.unit })}
${selectField({ name: 'sourceKind', label: 'Soort bron', value: state.sourceKind, choices: sourceKinds.map((kind) => ({ value: kind, label: sourceKindLabels[kind] })), error: errors.sourceKind })}
${textArea({ name: 'sourceRef', label: 'Bron', value: state.sourceRef, rows: 3, hint: 'Waar komt deze waarde vandaan? Bij de scriptie: het hoofdstuk of de bijlage. Bij een openbare bron: de website en de datum. Bij een aanname: waarom.', error: errors.sourceRef })}`,
  fieldOf(path, { key }) {
    const [list, id, field] = path.split('.');
    if (list !== 'parameters' || id !== key) return undefined;
    if (field === 'source') return path.endsWith('.kind') ? 'sourceKind' : 'sourceRef';
    return fields.includes(field ?? '') ? field : 'label';
  },
  aside: ({ key }) =>
    html`<p class="utrecht-paragraph">In teksten schrijft u deze waarde als <code>{{${key}}}</code>. Berekende datums die deze parameter gebruiken, rekenen na het opslaan met de nieuwe waarde.</p>`,
};
