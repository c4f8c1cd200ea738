// Test helpers for the evaluation routes: an app with a signed-in beheerder and
// analist, making a round through the beheer form, and filling in the public form.
import type { Hono } from 'hono';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import { allStatements, type EvaluationForm } from '../../src/core/evaluation/evaluation-form.ts';
import { responseFields } from '../../src/core/evaluation/evaluation-response.ts';
import type { AppEnv } from '../../src/web/auth/principal.ts';
import { testBeheerApp } from './test-beheer-app.ts';
import { postAs, type TestSession } from './test-requests.ts';
import { signIn } from './test-sign-in.ts';

export async function evaluationTestApp() {
  const setup = await testBeheerApp();
  const beheerder = await signIn(setup.app, setup.store, 'beheerder');
  const analist = await signIn(setup.app, setup.store, 'analist');
  return { ...setup, beheerder, analist };
}

/** Makes a round through the form (testNow is 28 November 2026); returns its id and slug. */
export async function createRound(
  app: Hono<AppEnv>,
  session: TestSession,
  fields: Partial<Record<'titel' | 'vanaf' | 'tot' | 'open-antwoorden', string>> = {},
): Promise<{ id: number; slug: string }> {
  const response = await postAs(app, '/beheer/evaluatie/nieuwe-ronde', session, {
    titel: 'Najaar 2026',
    vanaf: '1-11-2026',
    tot: '31-12-2026',
    ...fields,
  });
  const location = response.headers.get('location') ?? '';
  const id = /\/rondes\/(\d+)\?/.exec(location)?.[1];
  if (response.status !== 303 || !id) throw new Error(`no round made: ${response.status}`);
  const page = await (
    await app.request(`/beheer/evaluatie/rondes/${id}`, { headers: { Cookie: session.cookie } })
  ).text();
  const slug = /\/evaluatie\/([A-Za-z0-9_-]{20,})"/.exec(page)?.[1];
  if (!slug) throw new Error('no public link on the round page');
  return { id: Number(id), slug };
}

/** The fields of a filled-in form: the same score everywhere unless given per statement. */
export function filledIn(
  extra: Record<string, string> = {},
  score = '4',
  form: EvaluationForm = defaultEvaluationForm,
): Record<string, string> {
  return {
    sleutel: `sleutel-${Math.random().toString(36).slice(2)}-0000000000`,
    ...Object.fromEntries(allStatements(form).map((s) => [responseFields.score(s.id), score])),
    ...extra,
  };
}

/** Posts the public form as a browser without any cookie would. */
export function submit(app: Hono<AppEnv>, slug: string, fields: Record<string, string>) {
  return app.request(`/evaluatie/${slug}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
  });
}
