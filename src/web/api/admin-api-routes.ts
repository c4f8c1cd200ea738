// The admin JSON API: the editor's operations for integrations and tests,
// authenticated by session or bearer token. Errors are problem+json.

import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import type { Problem } from '../../core/problem.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { readableIssues } from '../../core/tree/readable-issues.ts';
import type { DraftRecord, VersionRecord } from '../../store/store.ts';
import type { AppEnv, Principal } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';

const base = '/api/v1/admin/trees/:treeId';

function checkSummary(check: DraftCheck) {
  return {
    publishable: check.publishable,
    problems: check.treeProblems,
    scenarioProblems: check.scenarioProblems,
    scenarios: check.scenarioResults.map(({ name, passed, failures }) => ({
      name,
      passed,
      failures,
    })),
  };
}

function draftBody(draft: DraftRecord, check: DraftCheck) {
  const tree =
    typeof draft.content.tree === 'object' && draft.content.tree !== null ? draft.content.tree : {};
  return {
    ...tree,
    revision: draft.revision,
    scenarios: draft.content.scenarios,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy,
    check: checkSummary(check),
  };
}

function actor(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new HttpProblem(401, 'Niet ingelogd', 'Log in of stuur een API-token mee.');
  return principal;
}

async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header('Content-Type') ?? '')) {
    throw new HttpProblem(
      415,
      'Verkeerd formaat',
      'Stuur JSON met de header Content-Type: application/json.',
    );
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'Ongeldige JSON', 'De inhoud is geen geldige JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(400, 'Ongeldige inhoud', 'Stuur een JSON-object.');
  }
  return body as Record<string, unknown>;
}

const revisionSchema = z
  .number({ error: 'revision is het nummer van het concept waarop uw wijziging is gebaseerd' })
  .int()
  .positive();
// The dates are read by the service, which says in Dutch what is wrong with one.
const dates = {
  geldigVanaf: z.string({ error: 'geldigVanaf is een datum als 2027-03-01' }).optional(),
  geldtVoorOntruimingenVanaf: z
    .string({ error: 'geldtVoorOntruimingenVanaf is een datum als 2027-03-01' })
    .optional(),
};
const publishSchema = z.strictObject({
  note: z.string({ error: 'note is een korte uitleg van de wijziging' }),
  ...dates,
});
const rollbackSchema = z.strictObject({
  version: z.number({ error: 'version is een versienummer' }).int().positive(),
  ...dates,
});

/** A new version as the publish and rollback answers show it. */
function publishedBody(treeId: string, version: VersionRecord) {
  return {
    treeId,
    version: version.version,
    publishedAt: version.publishedAt,
    note: version.note,
    geldigVanaf: version.geldigVanaf,
    ...(version.geldtVoorOntruimingenVanaf
      ? { geldtVoorOntruimingenVanaf: version.geldtVoorOntruimingenVanaf }
      : {}),
  };
}

const datesRefused = (problems: readonly Problem[]) =>
  new HttpProblem(
    422,
    'Datum niet goed',
    problems.map((problem) => problem.message).join(' '),
    problems,
  );

function parseOr400<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = readableIssues(parsed.error.issues, value).map((issue) => ({
    ...issue,
    path: issue.path || 'body',
  }));
  throw new HttpProblem(
    400,
    'Ongeldige inhoud',
    errors.map((error) => `${error.path}: ${error.message}`).join(' '),
    errors,
  );
}

function versionParam(c: Context<AppEnv>): number {
  const value = c.req.param('version') ?? '';
  if (!/^[1-9]\d{0,5}$/.test(value))
    throw new HttpProblem(400, 'Ongeldige versie', `"${value}" is geen versienummer.`);
  return Number(value);
}

const treeNotFound = (treeId: string) =>
  new HttpProblem(
    404,
    'Woonkansboom niet gevonden',
    `Er is geen Woonkansboom met het id "${treeId}".`,
  );

export function adminApiRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { admin } = deps;

  // Every tree of this region, with its draft and the versions in force and planned, drafts-only trees included.
  app.get('/api/v1/admin/trees', requirePermission('editDrafts'), async (c) => {
    const trees = await Promise.all(
      (await admin.treeIds()).map(async (treeId) => {
        const [found, versions] = await Promise.all([
          deps.store.draft(treeId),
          admin.versionsInTime(treeId),
        ]);
        const inForce = versions.find((version) => version.status === 'in-force');
        const scheduled = versions.filter((version) => version.status === 'scheduled');
        const title = (found?.content.tree as { title?: unknown } | undefined)?.title;
        return {
          id: treeId,
          title: typeof title === 'string' ? title : treeId,
          draft: found
            ? { revision: found.revision, updatedAt: found.updatedAt, updatedBy: found.updatedBy }
            : null,
          inForce: inForce ? { version: inForce.version, geldigVanaf: inForce.geldigVanaf } : null,
          scheduled: scheduled.map(({ version, geldigVanaf }) => ({ version, geldigVanaf })),
        };
      }),
    );
    return c.json({ trees });
  });

  app.get(`${base}/draft`, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const found = await admin.draft(treeId);
    if (!found) throw treeNotFound(treeId);
    return c.json(draftBody(found.draft, found.check));
  });

  app.put(`${base}/draft`, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const {
      revision,
      scenarios,
      check: _ignored,
      updatedAt: _at,
      updatedBy: _by,
      ...tree
    } = await jsonBody(c);
    const baseRevision = parseOr400(revisionSchema, revision);
    const current = await admin.draft(treeId);
    if (!current) throw treeNotFound(treeId);
    const content = {
      tree,
      scenarios: scenarios === undefined ? current.draft.content.scenarios : scenarios,
    };
    const result = await admin.saveDraft(treeId, content, baseRevision, actor(c));
    switch (result.status) {
      case 'saved':
        return c.json(draftBody(result.draft, result.check));
      case 'conflict':
        throw new HttpProblem(
          409,
          'Concept intussen gewijzigd',
          `Het concept is intussen opgeslagen als revisie ${result.current.revision} door ${result.current.updatedBy ?? 'iemand anders'}. Uw wijziging (op revisie ${baseRevision}) is niet opgeslagen: haal het concept opnieuw op, voeg uw wijziging toe en sla op met revision ${result.current.revision}.`,
          [
            {
              path: 'revision',
              code: 'stale-revision',
              message: `De huidige revisie is ${result.current.revision}.`,
            },
          ],
        );
      case 'invalid':
        throw new HttpProblem(
          422,
          'Concept niet opgeslagen',
          'Het concept past niet in het inhoudsformaat.',
          result.problems,
        );
      case 'not-found':
        throw treeNotFound(treeId);
    }
  });

  app.post(`${base}/publish`, requirePermission('publish'), async (c) => {
    const treeId = c.req.param('treeId');
    const { note, ...chosen } = parseOr400(publishSchema, await jsonBody(c));
    const result = await admin.publish(treeId, note, actor(c), chosen);
    switch (result.status) {
      case 'published':
        return c.json(publishedBody(treeId, result.version), 201);
      case 'refused': {
        const failing = result.check.scenarioResults.filter((scenario) => !scenario.passed);
        const errors: Problem[] = [
          ...result.check.treeProblems.filter((problem) => problem.severity === 'error'),
          ...result.check.scenarioProblems,
          ...failing.map((scenario) => ({
            path: `scenarios.${scenario.name}`,
            code: 'scenario-failed',
            message: scenario.failures.join(' '),
          })),
        ];
        const shared = result.sharedVersion;
        const pair = shared
          ? ` Dit gaat mis samen met versie ${shared.version} van de gedeelde regels, die geldt vanaf ${formatDutchDate(shared.geldigVanaf)}.`
          : '';
        throw new HttpProblem(
          422,
          'Publiceren geweigerd',
          `Het concept kan niet worden gepubliceerd: ${errors.length} probleem/problemen.${pair} De gepubliceerde versie blijft zoals die was.`,
          errors,
        );
      }
      case 'invalid':
        throw new HttpProblem(
          422,
          'Publiceren geweigerd',
          result.problems.map((problem) => problem.message).join(' '),
          result.problems,
        );
      case 'not-found':
        throw treeNotFound(treeId);
    }
  });

  app.get(`${base}/versions`, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const versions = await admin.versionsInTime(treeId);
    if (versions.length === 0) throw treeNotFound(treeId);
    return c.json({ treeId, versions });
  });

  app.get(`${base}/versions/:version`, requirePermission('editDrafts'), async (c) => {
    const treeId = c.req.param('treeId');
    const version = versionParam(c);
    const exported = await admin.exportVersion(treeId, version);
    if (!exported)
      throw new HttpProblem(
        404,
        'Versie niet gevonden',
        `Versie ${version} van de boom "${treeId}" bestaat niet.`,
      );
    return c.json(exported);
  });

  app.post(`${base}/versions/:version/cancel`, requirePermission('publish'), async (c) => {
    const treeId = c.req.param('treeId');
    const version = versionParam(c);
    const result = await admin.cancel(treeId, version, actor(c));
    switch (result.status) {
      case 'cancelled':
        return c.json({ treeId, version, cancelled: result.version.cancelled });
      case 'refused':
        throw new HttpProblem(
          409,
          'Intrekken geweigerd',
          result.problems.map((problem) => problem.message).join(' '),
          result.problems,
        );
      case 'not-found':
        throw new HttpProblem(
          404,
          'Versie niet gevonden',
          `Versie ${version} van de boom "${treeId}" bestaat niet.`,
        );
    }
  });

  app.post(`${base}/rollback`, requirePermission('rollback'), async (c) => {
    const treeId = c.req.param('treeId');
    const { version, ...chosen } = parseOr400(rollbackSchema, await jsonBody(c));
    const result = await admin.rollback(treeId, version, actor(c), chosen);
    if (result.status === 'invalid') throw datesRefused(result.problems);
    if (result.status === 'not-found') {
      throw new HttpProblem(
        404,
        'Versie niet gevonden',
        `Versie ${version} van de boom "${treeId}" bestaat niet.`,
      );
    }
    return c.json(publishedBody(treeId, result.version), 201);
  });
}
