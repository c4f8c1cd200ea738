// Every editor of a tree's draft, and which of their form fields a problem of
// the draft's check belongs to: so the check links to the field itself, and
// an edit page marks the fields of its part that keep the draft from being
// published.

import type { Problem } from '../../core/problem.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { partOf, problemPath } from './beheer-paths.ts';
import type { DraftModel } from './draft-model.ts';
import type { AnyEditor, EditTarget } from './editor.ts';
import { checkEditor } from './editors/check-editor.ts';
import { handoutEditor } from './editors/handout-editor.ts';
import { outcomeEditor } from './editors/outcome-editor.ts';
import { parameterEditor } from './editors/parameter-editor.ts';
import { questionEditor } from './editors/question-editor.ts';
import { scenarioEditor } from './editors/scenario-editor.ts';
import { contactEditor, requirementEditor, treeInfoEditor } from './editors/text-editors.ts';
import { trajectoryEditor } from './editors/trajectory-editor.ts';
import { readableProblem } from './problem-texts.ts';

export const editors: readonly AnyEditor[] = [
  questionEditor,
  checkEditor,
  outcomeEditor,
  parameterEditor,
  requirementEditor,
  trajectoryEditor,
  contactEditor,
  treeInfoEditor,
  handoutEditor,
  scenarioEditor,
];

/** Scenario problems point into the scenario file; as content paths they start with `scenarios.`. */
export function contentPathOf(problem: Problem, kind: 'tree' | 'scenarios'): string {
  return kind === 'tree' ? problem.path : `scenarios.${problem.path.replace(/^scenarios\./, '')}`;
}

/** The field of an edit form a content path points at, when an editor edits that part. */
function fieldAt(treeId: string, model: DraftModel, path: string): string | undefined {
  const found = partOf(model.tree, path);
  const editor = found && editors.find((candidate) => candidate.part === found.part);
  if (!found || !editor) return undefined;
  const target: EditTarget = { treeId, model, key: found.key };
  const state = editor.read(target);
  return state === undefined ? undefined : editor.fieldOf(path, target, state);
}

/** Where a problem is fixed: its edit page, at the field when there is one. */
export function problemHref(treeId: string, model: DraftModel, path: string): string {
  const page = problemPath(treeId, model.tree, path);
  const field = fieldAt(treeId, model, path);
  return field && !page.includes('#') ? `${page}#${field}` : page;
}

/**
 * The errors of the draft's check that belong to this form, by field, in the
 * form's words: what keeps the draft from being published, marked where it
 * is fixed.
 */
export function checkErrorsIn(
  editor: AnyEditor,
  target: EditTarget,
  state: unknown,
  check: DraftCheck,
): Record<string, string> {
  const problems = [
    ...check.treeProblems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => ({ problem, path: contentPathOf(problem, 'tree') })),
    ...check.scenarioProblems.map((problem) => ({
      problem,
      path: contentPathOf(problem, 'scenarios'),
    })),
  ];
  const errors: Record<string, string> = {};
  for (const { problem, path } of problems) {
    const found = partOf(target.model.tree, path);
    if (!found || found.part !== editor.part || found.key !== target.key) continue;
    const field = editor.fieldOf(path, target, state);
    if (field && !errors[field]) {
      errors[field] = readableProblem(target.model, { ...problem, path });
    }
  }
  return errors;
}
