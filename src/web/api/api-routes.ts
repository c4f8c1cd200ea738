// The public JSON API (documented in openapi.ts). Errors are problem+json.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { isProblem } from '../../core/problem.ts';
import { defaultRegionId } from '../../core/regions/region.ts';
import {
  listedDates,
  type UpcomingChange,
  upcomingChange,
} from '../../core/time/upcoming-change.ts';
import { readableIssues } from '../../core/tree/readable-issues.ts';
import type { Step } from '../../core/walk/next-step.ts';
import { nextStep } from '../../core/walk/next-step.ts';
import { fillText } from '../../views/fill-texts.ts';
import { parseVersion, walkContext, walkDay } from '../../views/walk-request.ts';
import { walkHref } from '../../views/walk-url.ts';
import type { AppEnv } from '../auth/principal.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import { type PublishedTree, type WalkRules, walkRules } from '../published-tree.ts';
import { publicPath } from '../regions/region-paths.ts';
import { acceptsGzip, CachedAnswer, EvaluateCache } from './evaluate-cache.ts';
import { openApiDocument } from './openapi.ts';
import { requestHeader, requestText } from './raw-request.ts';

/** Far above any real walk (a few hundred bytes); keeps a huge body out of memory. */
const maxEvaluateBytes = 64 * 1024;

const evaluateBody = z.strictObject({
  answers: z
    .record(
      z.string(),
      z.string({ error: 'elk antwoord is tekst: een antwoord-id of een datum als "2022-03-15"' }),
    )
    .default({}),
  peildatum: z.string({ error: 'de peildatum is tekst, bijvoorbeeld "2027-03-15"' }).optional(),
  start: z.string({ error: 'start is het id van een vraag' }).optional(),
  versie: z.number({ error: 'versie is een heel getal' }).int().positive().optional(),
});

export function apiRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { catalog } = deps;

  const publishedOr404 = async (treeId: string, version?: number): Promise<PublishedTree> => {
    const published = await catalog.get(treeId, version);
    if (published) return published;
    if (version !== undefined && (await catalog.get(treeId))) {
      throw new HttpProblem(
        404,
        'Versie niet gevonden',
        `Versie ${version} van de Woonkansboom "${treeId}" bestaat niet.`,
      );
    }
    throw new HttpProblem(
      404,
      'Woonkansboom niet gevonden',
      `Er is geen Woonkansboom met het id "${treeId}".`,
    );
  };

  const versionFromQuery = (c: Context): number | undefined => {
    const version = parseVersion(c.req.query('versie'));
    if (isProblem(version))
      throw new HttpProblem(400, 'Ongeldige versie', version.message, [version]);
    return version;
  };

  app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument));

  app.get('/api/v1/trees', (c) =>
    c.json({
      trees: catalog.list().map(({ tree, version }) => ({
        id: tree.id,
        title: tree.title,
        audience: tree.audience,
        version,
        links: { walk: `/boom/${tree.id}`, self: `/api/v1/trees/${tree.id}` },
      })),
    }),
  );

  app.get('/api/v1/trees/:treeId', async (c) => {
    const published = await publishedOr404(c.req.param('treeId'), versionFromQuery(c));
    return c.json({ id: published.tree.id, version: published.version, tree: published.tree });
  });

  app.get('/api/v1/trees/:treeId/versions/:version/walk-data', async (c) => {
    const version = parseVersion(c.req.param('version'));
    if (isProblem(version))
      throw new HttpProblem(400, 'Ongeldige versie', version.message, [version]);
    // `gedeeld=M`: the version composed with shared-rules version M, as a walk in force uses it.
    const shared = c.req.query('gedeeld');
    const sharedVersion = shared === undefined ? undefined : parseVersion(shared);
    if (isProblem(sharedVersion))
      throw new HttpProblem(400, 'Ongeldige versie', sharedVersion.message, [
        { ...sharedVersion, path: 'gedeeld' },
      ]);
    const combined =
      version !== undefined && sharedVersion !== undefined
        ? await catalog.combination?.(c.req.param('treeId'), version, sharedVersion)
        : undefined;
    if (sharedVersion !== undefined && !combined)
      throw new HttpProblem(
        404,
        'Versie niet gevonden',
        `Versie ${version} van deze Woonkansboom met versie ${sharedVersion} van de gedeelde regels bestaat niet.`,
      );
    const published = combined ?? (await publishedOr404(c.req.param('treeId'), version));
    c.header('ETag', published.walkData.etag);
    // A published version never changes, so browsers may keep it.
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    // Weak comparison (RFC 9110 §13.1.2): a compressed copy went out with W/ before the tag.
    const known = (c.req.header('If-None-Match') ?? '')
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''));
    if (known.includes(published.walkData.etag)) return c.body(null, 304);
    return c.body(published.walkData.json, 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  const cache = new EvaluateCache();
  const encoder = new TextEncoder();
  const jsonHeaders = {
    'Content-Type': 'application/json; charset=utf-8',
    Vary: 'Accept-Encoding',
  };
  const gzipHeaders = { ...jsonHeaders, 'Content-Encoding': 'gzip' };

  app.post('/api/v1/trees/:treeId/evaluate', async (c) => {
    const treeId = c.req.param('treeId');
    const text = await readJsonText(c);
    const today = deps.today();
    // Any publish or cancel moves the generation; the day moves at midnight.
    const key = EvaluateCache.key(treeId, catalog.generation?.() ?? 0, today, text);
    const cached = key && cache.get(key);
    if (cached)
      return acceptsGzip(requestHeader(c, 'accept-encoding'))
        ? c.body(cached.gzip, 200, gzipHeaders)
        : c.body(cached.plain, 200, jsonHeaders);

    const input = parseJson(text);
    const body = evaluateBody.safeParse(input);
    if (!body.success) {
      const errors = readableIssues(body.error.issues, input).map((issue) => ({
        ...issue,
        path: issue.path || 'body',
      }));
      throw new HttpProblem(
        400,
        'Ongeldige vraag aan de API',
        errors.map((error) => error.message).join(' '),
        errors,
      );
    }
    const { answers, peildatum, start, versie } = body.data;
    const day = walkDay(peildatum, today);
    const found = versie === undefined ? await walkRules(catalog, treeId, day, answers) : undefined;
    const published = found?.published ?? (await publishedOr404(treeId, versie));
    const ctx = walkContext(
      published,
      {
        ...(peildatum !== undefined ? { peildatum } : {}),
        ...(start !== undefined ? { start } : {}),
      },
      today,
      `/boom/${treeId}`,
    );
    if (isProblem(ctx)) throw new HttpProblem(422, 'Ongeldige invoer', ctx.message, [ctx]);
    const step = nextStep(
      published.tree,
      answers,
      ctx.peildatum,
      start !== undefined ? { start } : {},
    );
    if (step.status === 'question' && step.problem) {
      const { path, message } = step.problem;
      throw new HttpProblem(422, 'Ongeldig antwoord', `${path}: ${message}`, [step.problem]);
    }
    const upcoming =
      found && step.status === 'outcome'
        ? upcomingChange(
            found.timeline,
            found.rules,
            step,
            ctx.peildatum,
            start !== undefined ? { start } : {},
          )
        : undefined;
    const json = encoder.encode(
      JSON.stringify({
        ...evaluation(
          published,
          step,
          ctx.peildatum,
          start,
          publicPath(deps.region?.id ?? defaultRegionId, `/boom/${treeId}`),
        ),
        ...rulesInAnswer(published, found, upcoming),
      }),
    );
    cache.set(key, new CachedAnswer(json));
    return c.body(json, 200, jsonHeaders);
  });
}

/** The body as text, once its Content-Type says JSON. */
async function readJsonText(c: Context): Promise<string> {
  const type = requestHeader(c, 'content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpProblem(
      415,
      'Verkeerd formaat',
      'Stuur de vraag als JSON met de header Content-Type: application/json.',
    );
  }
  return requestText(c, maxEvaluateBytes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'Ongeldige JSON', 'De inhoud is geen geldige JSON.');
  }
}

/** Which rules gave the answer, and the first change ahead that alters it. */
function rulesInAnswer(
  published: PublishedTree,
  found: WalkRules | undefined,
  upcoming: UpcomingChange | undefined,
) {
  const shared = found?.rules.sharedVersion;
  return {
    version: {
      number: published.version,
      geldigVanaf: found?.rules.geldigVanaf ?? published.geldigVanaf,
    },
    sharedRules: shared ? { number: shared.version, geldigVanaf: shared.geldigVanaf } : null,
    upcoming: upcoming
      ? {
          geldigVanaf: upcoming.geldigVanaf,
          version: upcoming.rules.treeVersion.version,
          sharedRulesVersion: upcoming.rules.sharedVersion?.version ?? null,
          outcome:
            upcoming.step.status === 'outcome'
              ? {
                  id: upcoming.step.outcome.id,
                  verdict: upcoming.step.outcome.verdict,
                  title: fillText(
                    upcoming.step.outcome.title,
                    upcoming.rules.tree,
                    upcoming.step.dates,
                  ),
                }
              : null,
          question: upcoming.step.status === 'question' ? { id: upcoming.step.question.id } : null,
          dates: listedDates(upcoming.rules.tree, upcoming.step),
          moreChanges: upcoming.more,
          askBureauWoonkans: upcoming.askBureau,
        }
      : null,
  };
}

function evaluation(
  published: PublishedTree,
  step: Step,
  peildatum: string,
  start: string | undefined,
  /** The walk's public path: in a region its own (the answer is cached as bytes, past any rewriting). */
  walkPath: string,
) {
  const { tree, version } = published;
  const text = (value: string) => fillText(value, tree, step.dates);
  const common = {
    tree: { id: tree.id, version },
    peildatum,
    answers: step.answers,
    dates: step.dates,
    path: step.path,
    links: {
      walk: walkHref(walkPath, {
        answers: step.answers,
        // An outcome is the root walk's (SPEC §4): from the root its answers lead there again.
        ...(start !== undefined && step.status === 'question' ? { start } : {}),
        version,
      }),
    },
  };
  if (step.status === 'question') {
    const { question } = step;
    return {
      status: 'question' as const,
      question: {
        id: question.id,
        kind: question.kind,
        text: text(question.text),
        help: text(question.help),
        ...(question.hint ? { hint: text(question.hint) } : {}),
        ...(question.kind === 'choice'
          ? {
              options: question.options.map((option) => ({
                id: option.id,
                label: text(option.label),
              })),
            }
          : {}),
      },
      ...common,
    };
  }
  const { outcome } = step;
  return {
    status: 'outcome' as const,
    outcome: {
      id: outcome.id,
      verdict: outcome.verdict,
      title: text(outcome.title),
      explanation: text(outcome.explanation),
      nextSteps: text(outcome.nextSteps),
      requirements: step.requirements.map((requirement) => ({
        id: requirement.id,
        label: text(requirement.label),
        met: requirement.met ?? null,
      })),
      ...(outcome.trajectory ? { trajectory: outcome.trajectory } : {}),
      contacts: outcome.contacts,
    },
    ...common,
  };
}
