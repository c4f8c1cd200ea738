// What the node and outcome editors share: optional texts and removal.
import type { DraftModel } from '../draft-model.ts';
import { copyModel } from '../draft-model.ts';
import type { EditTarget } from '../editor.ts';

/** `{ [name]: text }` when the text is not empty: optional texts are left out, not saved empty. */
export function optionalText<K extends string>(name: K, text: string): { [P in K]?: string } {
  return (text.trim() === '' ? {} : { [name]: text }) as { [P in K]?: string };
}

/** The draft without this node or outcome; what then dangles is for the validator to show. */
export function removeNode({ model, key }: EditTarget): DraftModel {
  const next = copyModel(model);
  next.tree.nodes = next.tree.nodes.filter((node) => node.id !== key);
  next.tree.outcomes = next.tree.outcomes.filter((outcome) => outcome.id !== key);
  return next;
}
