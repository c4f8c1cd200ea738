// The public questionnaire: no sign-in, no cookie. GET shows the form of an
// open round with a fresh idempotency key; POST stores the response (once per
// key) and answers only after the insert committed; then the thank-you page.
// Nothing typed here is logged. A response keeps which rules were in force
// that day (the version of each tree and of the shared rules), so results can
// be read per set of rules.
import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EvaluationForm } from '../../core/evaluation/evaluation-form.ts';
import type { EvaluationProblem } from '../../core/evaluation/evaluation-problem.ts';
import { readEvaluationResponse } from '../../core/evaluation/evaluation-response.ts';
import { roundStatus } from '../../core/evaluation/evaluation-round.ts';
import { sharedRulesId } from '../../core/tree/shared-rules.ts';
import type { EvaluationRoundRecord, RulesVersions } from '../../store/evaluation-store.ts';
import type { SafeHtml } from '../../views/html.ts';
import type { AppEnv } from '../auth/principal.ts';
import { formOfRound } from '../beheer/evaluation/evaluation-context.ts';
import { formFields } from '../beheer/ui/form-body.ts';
import type { BeheerDeps } from '../deps.ts';
import type { PublishedTree } from '../published-tree.ts';
import { refusalResponse } from '../refusal-response.ts';
import { idempotencyField, publicFormPage } from './evaluation-form-page.ts';
import {
  answersTooLarge,
  maxAnswerBytes,
  notOpenYetPage,
  roundClosed,
  roundNotOpenYet,
  thankYouPage,
  unknownRound,
} from './evaluation-messages.ts';
import { layout } from './layout.ts';

const keyPattern = /^[A-Za-z0-9_-]{16,64}$/;

/** The version of each tree, and of the shared rules composed in, from the trees in force. */
export function rulesVersions(trees: readonly PublishedTree[]): RulesVersions {
  const versions: RulesVersions = {};
  for (const { tree, version } of trees) versions[tree.id] = version;
  const shared = trees.find((published) => published.sharedVersion !== undefined)?.sharedVersion;
  if (shared !== undefined) versions[sharedRulesId] = shared;
  return versions;
}

function newKey(): string {
  return randomBytes(18).toString('base64url');
}

export function publicEvaluationRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;

  const page = (
    c: Context<AppEnv>,
    title: string,
    main: SafeHtml,
    status: ContentfulStatusCode,
  ) => {
    // The form holds a one-time key: never serve it from a cache. Its fields are
    // the beheer form fields (textarea and all), so it takes their stylesheet.
    c.header('Cache-Control', 'no-store');
    return c.html(layout({ title, main, assets: deps.assets, beheerStyles: true }), status);
  };

  const roundOf = (c: Context<AppEnv>) => store.evaluationRoundBySlug(c.req.param('slug') ?? '');

  /** Throws for a closed round, and for answers to one not open yet; shows a page for a look at one not open yet. */
  const notOpen = (c: Context<AppEnv>, round: EvaluationRoundRecord, answering: boolean) => {
    const state = roundStatus(round, deps.today());
    if (state === 'gesloten') throw roundClosed(round);
    if (state !== 'gepland') return undefined;
    if (answering) throw roundNotOpenYet(round);
    return page(c, 'Nog niet open', notOpenYetPage(round), 200);
  };

  const form = (
    c: Context<AppEnv>,
    round: EvaluationRoundRecord,
    questionnaire: EvaluationForm,
    fields: Record<string, string>,
    problems: EvaluationProblem[],
    key: string,
  ) =>
    page(
      c,
      problems.length > 0 ? `Fout: ${round.title}` : round.title,
      publicFormPage({
        round,
        form: questionnaire,
        fields,
        problems,
        idempotencyKey: key,
        assets: deps.assets,
      }),
      problems.length > 0 ? 422 : 200,
    );

  app.get('/evaluatie/:slug', async (c) => {
    const round = await roundOf(c);
    if (!round) throw unknownRound();
    return (
      notOpen(c, round, false) ?? form(c, round, await formOfRound(store, round), {}, [], newKey())
    );
  });

  const limit = bodyLimit({
    maxSize: maxAnswerBytes,
    onError: (c) => refusalResponse(c, answersTooLarge(), deps.assets),
  });

  app.post('/evaluatie/:slug', limit, async (c) => {
    const round = await roundOf(c);
    if (!round) throw unknownRound();
    const fields = await formFields(c);
    const given = fields[idempotencyField] ?? '';
    const key = keyPattern.test(given) ? given : newKey();
    const thanks = c.redirect(`/evaluatie/${round.slug}/bedankt`, 303);
    // Sent twice (double click, reload, retry): the first one counts, also after closing.
    if (await store.hasEvaluationResponse(round.id, key)) return thanks;
    notOpen(c, round, true);
    const questionnaire = await formOfRound(store, round);
    const read = readEvaluationResponse(questionnaire, fields, round);
    if (!read.ok) return form(c, round, questionnaire, fields, read.problems, key);
    const today = deps.today();
    await store.addEvaluationResponse({
      roundId: round.id,
      idempotencyKey: key,
      submittedOn: today,
      name: read.submission.name,
      function: read.submission.function,
      answers: read.submission.answers,
      rulesVersions: rulesVersions(deps.catalog.list(today)),
    });
    return thanks;
  });

  app.get('/evaluatie/:slug/bedankt', async (c) => {
    const round = await roundOf(c);
    if (!round) throw unknownRound();
    return page(
      c,
      'Bedankt',
      thankYouPage(round, roundStatus(round, deps.today()) === 'open'),
      200,
    );
  });
}
