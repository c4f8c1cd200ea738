// What every edit page of the editor has in common. An editor turns one part
// of a draft (a question, an outcome, a parameter, a scenario…) into a form
// state and back; the edit routes do the rest: revision, save, conflict.
import type { SafeHtml } from '../../views/html.ts';
import type { DraftModel } from './draft-model.ts';
import type { FieldErrors } from './form-fields.ts';
import type { FormInput } from './form-input.ts';

export interface EditTarget {
  treeId: string;
  model: DraftModel;
  /** The id of the part, a scenario number, `nieuw` for a new scenario, or '' for the tree itself. */
  key: string;
}

/** The changed draft (and the part's key when it changed), or what is wrong, by field name. */
export type Applied = { model: DraftModel; key?: string } | { errors: FieldErrors };

export interface FieldView {
  target: EditTarget;
  errors: FieldErrors;
}

/** `S` is the form state: plain JSON, everything as typed, so nothing is lost. */
export interface Editor<S> {
  /** The URL segment: `/beheer/bomen/:treeId/<part>/:key`. */
  part: string;
  /** True when the URL has a key after the part. */
  keyed: boolean;
  heading(target: EditTarget): string;
  /** The state of the part in the draft; undefined when there is no such part. */
  read(target: EditTarget): S | undefined;
  /** The state as submitted; never fails. */
  parse(form: FormInput, target: EditTarget): S;
  /** The draft with the state put in; `target.model` is not changed. */
  apply(target: EditTarget, state: S): Applied;
  fields(state: S, view: FieldView): SafeHtml;
  /** The field a content path points at (`nodes.reden.options.ja.label` → `o1.label`). */
  fieldOf(path: string, target: EditTarget, state: S): string | undefined;
  /** Read-only information beside the form (rendered Markdown, conditions). */
  aside?(target: EditTarget): SafeHtml | '';
  /** A filled-in suggestion for the form (`?voorstel=1`), saved only when the user saves it. */
  proposal?(target: EditTarget): S | undefined;
  /** The draft without this part, for parts that can be removed. */
  remove?(target: EditTarget): DraftModel | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of editors of different states.
export type AnyEditor = Editor<any>;
