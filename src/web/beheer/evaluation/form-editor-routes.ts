// Editing the evaluation form (beheerders). Saving adds a form version (never
// changes one); an unchanged form adds nothing; a save based on an older
// version than the newest is shown again first (409), so no edit is lost.
import type { Hono } from 'hono';
import type { EvaluationProblem } from '../../../core/evaluation/evaluation-problem.ts';
import type { AppEnv } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import type { BeheerDeps } from '../../deps.ts';
import { formFields } from '../ui/form-body.ts';
import {
  actorOf,
  currentForm,
  type EvaluationContext,
  evaluationPage,
} from './evaluation-context.ts';
import { doneText } from './evaluation-texts.ts';
import { formEditorPage } from './form-editor-page.ts';
import { type EditorState, formOfState, stateOfFields, stateOfForm } from './form-editor-state.ts';

const path = '/beheer/evaluatie/formulier';

export function formEditorRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const manageEvaluation = requirePermission('manageEvaluation');

  const show = async (
    c: EvaluationContext,
    state: EditorState | undefined,
    problems: EvaluationProblem[] = [],
    conflict = false,
  ) => {
    const current = await currentForm(store);
    const basis = String(current.version?.id ?? '');
    return evaluationPage(
      c,
      deps,
      'Evaluatieformulier aanpassen',
      formEditorPage({
        // After a conflict the edit is based on the newest version: saving again is deliberate.
        state: state
          ? { ...state, basis: conflict ? basis : state.basis }
          : stateOfForm(current.form, basis),
        current,
        problems,
        conflict,
        done: doneText(c.req.query('gedaan')),
        csrfToken: c.get('csrfToken'),
      }),
      conflict ? 409 : problems.length > 0 ? 422 : 200,
    );
  };

  app.get(path, manageEvaluation, (c) => show(c, undefined));

  app.post(path, manageEvaluation, async (c) => {
    const state = stateOfFields(await formFields(c));
    const current = await currentForm(store);
    const read = formOfState(state);
    if (!read.ok) return show(c, state, read.problems);
    if (state.basis !== String(current.version?.id ?? '')) return show(c, state, [], true);
    if (JSON.stringify(read.form) === JSON.stringify(current.form)) {
      return c.redirect(`${path}?gedaan=ongewijzigd`, 303);
    }
    const actor = actorOf(c);
    const saved = await store.saveEvaluationForm(read.form, actor);
    await store.audit({
      actor,
      action: 'evaluation-form-saved',
      subject: 'evaluatieformulier',
      detail: { version: saved.id, ...(current.version ? { from: current.version.id } : {}) },
    });
    return c.redirect(`${path}?gedaan=formulier`, 303);
  });
}
