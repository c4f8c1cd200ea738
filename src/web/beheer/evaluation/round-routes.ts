// Rounds in the beheer: the overview for analisten and beheerders; making,
// changing and closing a round for beheerders. Every change is in the audit log.
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { openAnswersField, readRoundFields } from '../../../core/evaluation/evaluation-round.ts';
import type { EvaluationRoundRecord } from '../../../store/evaluation-store.ts';
import { type AppEnv, may } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import { publicOrigin } from '../../client-address.ts';
import type { BeheerDeps } from '../../deps.ts';
import { formFields } from '../ui/form-body.ts';
import {
  actorOf,
  currentForm,
  type EvaluationContext,
  evaluationPage,
  roundFromPath,
  roundNotFound,
  storedForm,
} from './evaluation-context.ts';
import { doneText } from './evaluation-texts.ts';
import { overviewPage, type RoundFormValues, roundFormPage, roundPath } from './round-pages.ts';

/** 128 random bits: the public link cannot be guessed. */
function newSlug(): string {
  return randomBytes(16).toString('base64url');
}

export function roundRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const readStatistics = requirePermission('readStatistics');
  const manageEvaluation = requirePermission('manageEvaluation');

  app.get('/beheer/evaluatie', readStatistics, async (c) =>
    evaluationPage(
      c,
      deps,
      'Evaluatie',
      overviewPage({
        rounds: await store.evaluationRounds(),
        current: await currentForm(store),
        today: deps.today(),
        origin: publicOrigin(c),
        mayManage: may(c.get('principal'), 'manageEvaluation'),
        done: doneText(c.req.query('gedaan')),
      }),
    ),
  );

  const showForm = async (
    c: EvaluationContext,
    round: EvaluationRoundRecord | undefined,
    values: RoundFormValues,
    problems: Parameters<typeof roundFormPage>[0]['problems'] = [],
  ) =>
    evaluationPage(
      c,
      deps,
      round ? 'Ronde aanpassen' : 'Nieuwe ronde',
      roundFormPage({
        round,
        values,
        problems,
        current: await currentForm(store),
        today: deps.today(),
        csrfToken: c.get('csrfToken'),
      }),
      problems.length > 0 ? 422 : 200,
    );

  const valuesOf = (fields: Record<string, string>): RoundFormValues => ({
    titel: fields.titel ?? '',
    vanaf: fields.vanaf ?? '',
    tot: fields.tot ?? '',
    openAnswers: fields[openAnswersField] === 'nee' ? 'nee' : 'ja',
  });

  app.get('/beheer/evaluatie/nieuwe-ronde', manageEvaluation, (c) =>
    showForm(c, undefined, { titel: '', vanaf: '', tot: '', openAnswers: 'ja' }),
  );

  app.post('/beheer/evaluatie/nieuwe-ronde', manageEvaluation, async (c) => {
    const fields = await formFields(c);
    const read = readRoundFields(fields);
    if (!read.ok) return showForm(c, undefined, valuesOf(fields), read.problems);
    const actor = actorOf(c);
    const form = await storedForm(store, actor);
    const round = await store.createEvaluationRound({
      ...read.round,
      slug: newSlug(),
      formId: form.id,
      createdBy: actor,
    });
    await store.audit({
      actor,
      action: 'evaluation-round-created',
      subject: round.title,
      detail: {
        ronde: round.id,
        vanaf: round.opensOn,
        tot: round.closesOn,
        openAntwoorden: round.openAnswersAllowed,
        formulierversie: form.id,
      },
    });
    return c.redirect(`${roundPath(round.id)}?gedaan=aangemaakt`, 303);
  });

  app.get('/beheer/evaluatie/rondes/:roundId/bewerken', manageEvaluation, async (c) => {
    const round = await roundFromPath(c, deps);
    if (!round) throw roundNotFound();
    return showForm(c, round, {
      titel: round.title,
      vanaf: round.opensOn,
      tot: round.closesOn,
      openAnswers: round.openAnswersAllowed ? 'ja' : 'nee',
    });
  });

  app.post('/beheer/evaluatie/rondes/:roundId/bewerken', manageEvaluation, async (c) => {
    const round = await roundFromPath(c, deps);
    if (!round) throw roundNotFound();
    const fields = await formFields(c);
    const read = readRoundFields(fields);
    if (!read.ok) return showForm(c, round, valuesOf(fields), read.problems);
    const { title, opensOn, closesOn } = read.round;
    if (title !== round.title || opensOn !== round.opensOn || closesOn !== round.closesOn) {
      await store.updateEvaluationRound(round.id, { title, opensOn, closesOn });
      await store.audit({
        actor: actorOf(c),
        action: 'evaluation-round-changed',
        subject: title,
        detail: { ronde: round.id, vanaf: opensOn, tot: closesOn, wasTitel: round.title },
      });
    }
    return c.redirect(`${roundPath(round.id)}?gedaan=gewijzigd`, 303);
  });

  app.post('/beheer/evaluatie/rondes/:roundId/sluiten', manageEvaluation, async (c) => {
    const round = await roundFromPath(c, deps);
    if (!round) throw roundNotFound();
    if (round.closedAt === null) {
      await store.closeEvaluationRound(round.id);
      await store.audit({
        actor: actorOf(c),
        action: 'evaluation-round-closed',
        subject: round.title,
        detail: { ronde: round.id, reacties: round.responses },
      });
    }
    return c.redirect(`${roundPath(round.id)}?gedaan=gesloten`, 303);
  });
}
