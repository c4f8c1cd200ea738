// What the evaluation routes share: today in Amsterdam, the current form
// (the stored newest version, or the SPEC §6 default), the round in the path,
// and the beheer pages for "not found" and the signed-in actor.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { defaultEvaluationForm } from '../../../core/evaluation/evaluation-default-form.ts';
import {
  type EvaluationForm,
  parseEvaluationForm,
} from '../../../core/evaluation/evaluation-form.ts';
import type {
  EvaluationFormRecord,
  EvaluationRoundRecord,
} from '../../../store/evaluation-store.ts';
import type { Store } from '../../../store/store.ts';
import type { SafeHtml } from '../../../views/html.ts';
import type { AppEnv } from '../../auth/principal.ts';
import type { BeheerDeps } from '../../deps.ts';
import { HttpProblem } from '../../problem.ts';
import { beheerPage } from '../ui/beheer-page.ts';

export type EvaluationContext = Context<AppEnv>;

export function actorOf(c: EvaluationContext): string {
  return c.get('principal')?.email ?? '';
}

/** The form new rounds get: `version` is undefined while the default was never stored. */
export interface CurrentForm {
  version: EvaluationFormRecord | undefined;
  form: EvaluationForm;
}

export async function currentForm(store: Store): Promise<CurrentForm> {
  const version = await store.latestEvaluationForm();
  return {
    version,
    form: version ? parseEvaluationForm(version.definition) : defaultEvaluationForm,
  };
}

/** The newest stored form version; the default form is stored (and logged) first when needed. */
export async function storedForm(store: Store, actor: string): Promise<EvaluationFormRecord> {
  const latest = await store.latestEvaluationForm();
  if (latest) return latest;
  const saved = await store.saveEvaluationForm(defaultEvaluationForm, actor);
  await store.audit({
    actor,
    action: 'evaluation-form-saved',
    subject: 'evaluatieformulier',
    detail: { version: saved.id, standaard: true },
  });
  return saved;
}

export async function formOfRound(
  store: Store,
  round: EvaluationRoundRecord,
): Promise<EvaluationForm> {
  const version = await store.evaluationForm(round.formId);
  if (!version) throw new Error(`Form version ${round.formId} of round ${round.id} is missing`);
  return parseEvaluationForm(version.definition);
}

/** A positive whole number as written in a path or query, else undefined. */
export function roundIdOf(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : undefined;
}

export async function roundFromPath(
  c: EvaluationContext,
  deps: BeheerDeps,
): Promise<EvaluationRoundRecord | undefined> {
  const id = roundIdOf(c.req.param('roundId'));
  return id === undefined ? undefined : deps.store.evaluationRound(id);
}

export function evaluationPage(
  c: EvaluationContext,
  deps: BeheerDeps,
  title: string,
  main: SafeHtml,
  status: ContentfulStatusCode = 200,
): Response {
  return beheerPage(c, deps, { title, main, status, hasErrors: status === 422 });
}

/** Thrown by an evaluation route; app.ts shows it in the beheer layout with status 404. */
export function roundNotFound(): HttpProblem {
  return new HttpProblem(404, 'Niet gevonden', 'Deze evaluatieronde bestaat niet.', [], {
    heading: 'Ronde niet gevonden',
    back: { href: '/beheer/evaluatie', label: 'Naar alle evaluatierondes' },
  });
}
