// The source of a statement in a form (SPEC §11): "Soort bron" and "Bron",
// for parameters, requirements, outcomes, contacts and trajectory steps. A
// changed kind or text is a new claim: it waits for a beheerder to confirm it
// again. An unchanged source is kept exactly, confirmation included.
import { sourceKindLabels } from '../../../core/tree/source.ts';
import { type Source, type SourceKind, sourceKinds, textLimits } from '../../../core/tree/tree.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import type { FieldErrors } from '../form-fields.ts';
import { selectField, textArea } from '../form-fields.ts';
import type { FormInput } from '../form-input.ts';

/** As typed; `sourceKind` is '' when no source is chosen. */
export interface SourceState {
  sourceKind: string;
  sourceRef: string;
}

export const noSource: SourceState = { sourceKind: '', sourceRef: '' };

const defaultHint =
  'Waar komt dit vandaan? Bij de scriptie: het hoofdstuk of de bijlage. Bij een openbare bron: de website en de datum. Bij een aanname: waarom.';

export function readSource(source: Source | undefined): SourceState {
  return source ? { sourceKind: source.kind, sourceRef: source.ref } : { ...noSource };
}

/** `prefix` names a row, such as `s2.` for the second step. */
export function parseSource(form: FormInput, prefix = ''): SourceState {
  return {
    sourceKind: form.get(`${prefix}sourceKind`),
    sourceRef: form.get(`${prefix}sourceRef`),
  };
}

export function isBlankSource(state: SourceState): boolean {
  return state.sourceKind === '' && state.sourceRef.trim() === '';
}

/**
 * What is wrong with the typed source, by field name; empty when it can be
 * saved. Both fields empty is fine unless a source is `required`.
 */
export function sourceErrors(
  state: SourceState,
  { prefix = '', required = false }: { prefix?: string; required?: boolean } = {},
): Record<string, string> {
  if (isBlankSource(state) && !required) return {};
  if (!(sourceKinds as readonly string[]).includes(state.sourceKind)) {
    return { [`${prefix}sourceKind`]: 'Kies de soort bron.' };
  }
  if (state.sourceRef.trim() === '') {
    return { [`${prefix}sourceRef`]: 'Vul in waar dit vandaan komt.' };
  }
  return {};
}

/**
 * The source to save: the one before, unchanged, when kind and text are the
 * same; otherwise a new, unconfirmed one; undefined when both fields are
 * empty. Call `sourceErrors` first.
 */
export function appliedSource(before: Source | undefined, state: SourceState): Source | undefined {
  if (isBlankSource(state)) return undefined;
  const ref = state.sourceRef.trim();
  if (before && before.kind === state.sourceKind && before.ref.trim() === ref) return before;
  return { kind: state.sourceKind as SourceKind, ref, confirmed: false };
}

/** The item with this source, or without a `source` key when there is none. */
export function withSource<T extends { source?: Source | undefined }>(
  item: T,
  source: Source | undefined,
): T {
  const { source: _before, ...rest } = item;
  return (source ? { ...rest, source } : rest) as T;
}

export function sourceFields(
  state: SourceState,
  errors: FieldErrors,
  options: { prefix?: string; hint?: string; required?: boolean } = {},
): SafeHtml {
  const { prefix = '', hint = defaultHint, required = false } = options;
  const kinds = sourceKinds.map((kind) => ({ value: kind, label: sourceKindLabels[kind] }));
  const choices = required ? kinds : [{ value: '', label: '— geen bron —' }, ...kinds];
  return html`${selectField({ name: `${prefix}sourceKind`, label: 'Soort bron', value: state.sourceKind, choices, error: errors[`${prefix}sourceKind`] })}
${textArea({ name: `${prefix}sourceRef`, maxLength: textLimits.source, label: 'Bron', value: state.sourceRef, rows: 3, hint: `${hint} Als u de bron wijzigt, moet een beheerder die opnieuw bevestigen.`, error: errors[`${prefix}sourceRef`] })}`;
}

/**
 * The field of a problem in a source: `rest` is the path after the item,
 * e.g. `['source', 'ref']` for `requirements.x.source.ref`.
 */
export function sourceFieldOf(rest: readonly string[], prefix = ''): string | undefined {
  if (rest[0] !== 'source') return undefined;
  return rest[1] === 'kind' ? `${prefix}sourceKind` : `${prefix}sourceRef`;
}
