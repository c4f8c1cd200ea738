// A new question, check or outcome: id and kind first (validated), with just
// enough content to be saved; the editor of the new part comes next.
import { idSchema, reservedIds, type Tree } from '../../core/tree/tree.ts';
import type { DraftModel } from './draft-model.ts';
import { copyModel } from './draft-model.ts';
import type { FieldErrors } from './form-fields.ts';

export const newKinds = [
  { value: 'choice', label: 'Keuzevraag' },
  { value: 'date', label: 'Datumvraag' },
  { value: 'check', label: 'Controle (beslist zelf uit eerdere antwoorden)' },
  { value: 'outcome', label: 'Uitkomst' },
] as const;

export interface NewNodeState {
  kind: string;
  id: string;
  text: string;
  next: string;
}

const toFill = 'Nog in te vullen.';

function takenIds(tree: Tree): Set<string> {
  return new Set([
    ...tree.nodes.map((node) => node.id),
    ...tree.outcomes.map((outcome) => outcome.id),
    ...tree.dates.map((rule) => rule.id),
    ...reservedIds,
  ]);
}

export function addNode(
  model: DraftModel,
  state: NewNodeState,
): { model: DraftModel } | { errors: FieldErrors } {
  const errors: Record<string, string> = {};
  if (!newKinds.some((kind) => kind.value === state.kind))
    errors.kind = 'Kies wat u wilt toevoegen.';
  if (!idSchema.safeParse(state.id).success) {
    errors.id =
      'Geef een id van kleine letters, cijfers, - of _, die met een letter begint. Bijvoorbeeld "inkomen" of "geen-inkomen".';
  } else if (takenIds(model.tree).has(state.id)) {
    errors.id = `De id "${state.id}" bestaat al of is gereserveerd. Kies een andere id.`;
  }
  if (!state.text.trim())
    errors.text =
      state.kind === 'outcome' ? 'Vul de titel van de uitkomst in.' : 'Vul de tekst in.';
  if ((state.kind === 'date' || state.kind === 'check') && !state.next) {
    errors.next = 'Kies waar de wandeling hierna heen gaat.';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const next = copyModel(model);
  const { id, text } = state;
  switch (state.kind) {
    case 'outcome':
      next.tree.outcomes.push({
        id,
        verdict: 'maatwerk',
        title: text,
        explanation: toFill,
        nextSteps: toFill,
        requirements: [],
        links: [],
        continueWith: [],
        contacts: [],
      });
      break;
    case 'choice':
      next.tree.nodes.push({ id, kind: 'choice', text, help: toFill, options: [] });
      break;
    case 'date':
      next.tree.nodes.push({ id, kind: 'date', text, help: toFill, next: state.next });
      break;
    default:
      // A first branch that always holds, so the check can be saved; its editor sets the real condition.
      next.tree.nodes.push({
        id,
        kind: 'check',
        text,
        branches: [{ if: { compare: 'peildatum', op: 'same', to: 'peildatum' }, next: state.next }],
        else: state.next,
      });
  }
  return { model: next };
}
