// The choices for "where does this lead": every question and check, then
// every outcome, each by its text (as the coordinator knows it).
import type { Tree } from '../../core/tree/tree.ts';
import type { SelectGroup, SelectOption } from './form-fields.ts';

function short(text: string): string {
  return text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text;
}

export function routeChoices(tree: Tree, empty?: string): (SelectOption | SelectGroup)[] {
  return [
    ...(empty === undefined ? [] : [{ value: '', label: empty }]),
    {
      label: 'Vragen en controles',
      options: tree.nodes.map((node) => ({
        value: node.id,
        label: node.kind === 'check' ? `Controle: ${short(node.text)}` : short(node.text),
      })),
    },
    {
      label: 'Uitkomsten',
      options: tree.outcomes.map((outcome) => ({
        value: outcome.id,
        label: short(outcome.title),
      })),
    },
  ];
}

/** The questions of a tree, for scenario start and answer fields. */
export function questionChoices(tree: Tree, empty: string): SelectOption[] {
  return [
    { value: '', label: empty },
    ...tree.nodes
      .filter((node) => node.kind !== 'check')
      .map((node) => ({ value: node.id, label: short(node.text) })),
  ];
}

/** The outcomes of a tree, where a walk without a date ends (SPEC §4). */
export function outcomeChoices(tree: Tree): SelectOption[] {
  return [
    { value: '', label: '— kies een uitkomst —' },
    ...tree.outcomes.map((outcome) => ({
      value: outcome.id,
      label: short(outcome.title),
    })),
  ];
}
