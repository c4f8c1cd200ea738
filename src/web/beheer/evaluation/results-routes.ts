// Reading the results (analisten and beheerders): the page of a round (all
// responses, or only those given under one set of rules: `?regels=`), its
// CSV, and two rounds compared.
import type { Hono } from 'hono';
import { compareRounds } from '../../../core/evaluation/evaluation-comparison.ts';
import { parseEvaluationAnswers } from '../../../core/evaluation/evaluation-response.ts';
import { type RoundResults, roundResults } from '../../../core/evaluation/evaluation-results.ts';
import { roundStatus } from '../../../core/evaluation/evaluation-round.ts';
import { csvHeaders } from '../../../render/csv.ts';
import type { EvaluationRoundRecord } from '../../../store/evaluation-store.ts';
import { type AppEnv, may } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import { publicOrigin } from '../../client-address.ts';
import type { BeheerDeps } from '../../deps.ts';
import { comparePage, compareProblemPage } from './compare-page.ts';
import {
  type EvaluationContext,
  evaluationPage,
  formOfRound,
  roundFromPath,
  roundIdOf,
  roundNotFound,
} from './evaluation-context.ts';
import { doneText } from './evaluation-texts.ts';
import { responsesCsv, rulesVersionsText } from './responses-csv.ts';
import { type RulesGroup, resultsPage, unknownRules } from './results-page.ts';

export function resultsRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const readStatistics = requirePermission('readStatistics');

  const responsesOf = async (round: EvaluationRoundRecord) =>
    (await store.evaluationResponses(round.id)).map((response) => ({
      ...response,
      answers: parseEvaluationAnswers(response.answers),
    }));

  const resultsOf = async (round: EvaluationRoundRecord): Promise<RoundResults> =>
    roundResults(await formOfRound(store, round), await responsesOf(round));

  app.get('/beheer/evaluatie/rondes/:roundId', readStatistics, async (c) => {
    const round = await roundFromPath(c, deps);
    if (!round) throw roundNotFound();
    const all = await responsesOf(round);
    const rulesOf = (response: (typeof all)[number]) =>
      rulesVersionsText(response.rulesVersions) || unknownRules;
    const groups: RulesGroup[] = [...new Set(all.map(rulesOf))].map((rules) => ({
      rules,
      count: all.filter((response) => rulesOf(response) === rules).length,
    }));
    const asked = c.req.query('regels');
    const shown = groups.some((group) => group.rules === asked) ? asked : undefined;
    const responses = shown ? all.filter((response) => rulesOf(response) === shown) : all;
    return evaluationPage(
      c,
      deps,
      round.title,
      resultsPage({
        round,
        status: roundStatus(round, deps.today()),
        results: roundResults(await formOfRound(store, round), responses),
        rules: { groups, ...(shown ? { shown } : {}), all: all.length },
        origin: publicOrigin(c),
        mayManage: may(c.get('principal'), 'manageEvaluation'),
        done: doneText(c.req.query('gedaan')),
        csrfToken: c.get('csrfToken'),
      }),
    );
  });

  app.get('/beheer/evaluatie/rondes/:roundId/antwoorden.csv', readStatistics, async (c) => {
    const round = await roundFromPath(c, deps);
    if (!round) throw roundNotFound();
    const csv = responsesCsv(await formOfRound(store, round), round, await responsesOf(round));
    return c.body(csv, 200, csvHeaders(`evaluatie-ronde-${round.id}-antwoorden.csv`));
  });

  const compareProblem = async (c: EvaluationContext, status: 400 | 404, message: string) =>
    evaluationPage(
      c,
      deps,
      'Rondes vergelijken',
      compareProblemPage(message, await store.evaluationRounds()),
      status,
    );

  app.get('/beheer/evaluatie/vergelijken', readStatistics, async (c) => {
    const [idA, idB] = [roundIdOf(c.req.query('a')), roundIdOf(c.req.query('b'))];
    if (idA === undefined || idB === undefined) {
      return compareProblem(c, 400, 'Kies twee rondes om te vergelijken.');
    }
    if (idA === idB) {
      return compareProblem(
        c,
        400,
        'U koos twee keer dezelfde ronde. Kies twee verschillende rondes.',
      );
    }
    const [a, b] = await Promise.all([store.evaluationRound(idA), store.evaluationRound(idB)]);
    if (!a || !b)
      return compareProblem(c, 404, 'Een van de gekozen rondes bestaat niet. Kies opnieuw.');
    const [resultsA, resultsB] = [await resultsOf(a), await resultsOf(b)];
    return evaluationPage(
      c,
      deps,
      'Rondes vergelijken',
      comparePage({
        a,
        b,
        shifts: compareRounds(resultsA, resultsB),
        rounds: await store.evaluationRounds(),
      }),
    );
  });
}
