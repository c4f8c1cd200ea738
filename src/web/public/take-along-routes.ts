// "Advies meenemen": the Adviesoverzicht (print page and PDF), the
// tenant handout "Uw tweede kans" (print page and PDF) and a calendar file.
// Each takes the walk's URL query, like the walk page; nothing of it is stored
// or logged (only an anonymous count per page), no cookie is set, and
// a walk without an outcome gets a Dutch page. The PDFs are kept in memory for
// the day, under the walk's canonical URL (`pdf-cache.ts`).
import type { Context, Hono } from 'hono';
import { nextStep } from '../../core/walk/next-step.ts';
import { adviceSummary, type OutcomeStep } from '../../render/advice-summary.ts';
import { handoutText } from '../../render/handout-text.ts';
import { icsCalendar } from '../../render/ics-calendar.ts';
import { outcomeCalendar } from '../../render/ics-events.ts';
import { offersHandout, takeAlongHref } from '../../views/outcome-actions.ts';
import { linkState } from '../../views/question-view.ts';
import { rulesLine, rulesWarning } from '../../views/rules-change.ts';
import type { WalkContext } from '../../views/walk-context.ts';
import { parseWalkQuery, walkHref } from '../../views/walk-url.ts';
import type { AppEnv } from '../auth/principal.ts';
import { publicOrigin } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import type { PdfSource } from '../pdf-cache.ts';
import { HttpProblem } from '../problem.ts';
import { advicePage } from './advice-page.ts';
import { handoutPage } from './handout-page.ts';
import { layout } from './layout.ts';
import { resolveWalk } from './resolve-walk.ts';
import { takeAlongEvent } from './walk-usage.ts';

/** The answers are in the URL: no shared cache keeps them, no search engine lists them. */
const privateHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' };

type Walk = { ctx: WalkContext; step: OutcomeStep; back: string };

/** The walk of the request when it has reached an outcome; otherwise throws the refusal. */
async function outcomeWalk(c: Context<AppEnv>, deps: AppDeps): Promise<Walk> {
  const url = new URL(c.req.url);
  const query = parseWalkQuery(url.searchParams);
  const treeId = c.req.param('treeId') ?? '';
  const ctx: WalkContext = (await resolveWalk(deps, treeId, query, `/boom/${treeId}`, url)).walk;
  const step = nextStep(
    ctx.tree,
    query.answers,
    ctx.peildatum,
    ctx.start ? { start: ctx.start } : {},
  );
  if (step.status === 'question') {
    const href = walkHref(
      ctx.basePath,
      linkState(ctx, step.problem ? query.answers : step.answers),
    );
    const back = { href, label: 'Verder met de vragen' };
    if (step.problem) {
      throw new HttpProblem(400, 'Er klopt een antwoord niet', step.problem.message, [], { back });
    }
    throw new HttpProblem(
      422,
      'Er is nog geen advies',
      'Een advies is er pas als alle vragen zijn beantwoord. Beantwoord eerst de vragen; op de pagina met de uitkomst kunt u het advies dan afdrukken of downloaden.',
      [],
      { back },
    );
  }
  return { ctx, step, back: walkHref(ctx.basePath, linkState(ctx, step.answers)) };
}

/**
 * A PDF's cache key: its URL, and the catalog's generation, since a version
 * scheduled later in the day brings a warning the kept PDF does not have.
 */
function pdfKey(deps: AppDeps, ctx: WalkContext, step: OutcomeStep, resource: string): string {
  return `${takeAlongHref(ctx, step, resource)}#${deps.catalog.generation?.() ?? 0}`;
}

function download(c: Context<AppEnv>, body: Uint8Array | string, type: string, filename: string) {
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    ...privateHeaders,
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

export function takeAlongRoutes(app: Hono<AppEnv>, deps: AppDeps, pdfs: PdfSource): void {
  const { assets } = deps;

  app.get('/boom/:treeId/advies', async (c) => {
    const walk = await outcomeWalk(c, deps);
    const { ctx, step, back } = walk;
    deps.usage?.record([takeAlongEvent('advice-printed', ctx, step)]);
    const advice = adviceSummary(ctx, step);
    const handout = offersHandout(ctx.tree, step.outcome.id)
      ? {
          print: takeAlongHref(ctx, step, 'uitleg-huurder'),
          pdf: takeAlongHref(ctx, step, 'uitleg-huurder.pdf'),
        }
      : undefined;
    const main = advicePage(advice, {
      back,
      pdf: takeAlongHref(ctx, step, 'advies.pdf'),
      ...(handout ? { handout } : {}),
    });
    return c.html(
      layout({ title: `Adviesoverzicht – ${advice.title}`, main, assets }),
      200,
      privateHeaders,
    );
  });

  app.get('/boom/:treeId/advies.pdf', async (c) => {
    const walk = await outcomeWalk(c, deps);
    const { ctx, step } = walk;
    const pdf = await pdfs.pdf(pdfKey(deps, ctx, step, 'advies.pdf'), ctx.version, () => ({
      kind: 'advice',
      advice: adviceSummary(ctx, step),
      created: deps.now(),
    }));
    deps.usage?.record([takeAlongEvent('advice-downloaded', ctx, step)]);
    return download(
      c,
      pdf,
      'application/pdf',
      `adviesoverzicht-${ctx.tree.id}-${ctx.peildatum}.pdf`,
    );
  });

  const handoutWalk = async (c: Context<AppEnv>) => {
    const walk = await outcomeWalk(c, deps);
    const { ctx, step } = walk;
    const handout = handoutText(
      ctx.tree,
      step,
      ctx.peildatum,
      rulesWarning(ctx, step),
      rulesLine(ctx),
    );
    if (handout) return { ...walk, handout };
    throw new HttpProblem(
      422,
      'Geen uitleg voor de huurder bij deze uitkomst',
      'De uitleg "Uw tweede kans" hoort bij de uitkomsten waarbij het tweedekansbeleid kan gelden. Bij deze uitkomst past die uitleg niet.',
      [],
      { back: { href: walk.back, label: 'Terug naar de uitkomst' } },
    );
  };

  app.get('/boom/:treeId/uitleg-huurder', async (c) => {
    const walk = await handoutWalk(c);
    deps.usage?.record([takeAlongEvent('handout-printed', walk.ctx, walk.step)]);
    const main = handoutPage(walk.handout, {
      back: walk.back,
      pdf: takeAlongHref(walk.ctx, walk.step, 'uitleg-huurder.pdf'),
    });
    return c.html(layout({ title: walk.handout.title, main, assets }), 200, privateHeaders);
  });

  app.get('/boom/:treeId/uitleg-huurder.pdf', async (c) => {
    const walk = await handoutWalk(c);
    const { ctx, step, handout } = walk;
    const pdf = await pdfs.pdf(pdfKey(deps, ctx, step, 'uitleg-huurder.pdf'), ctx.version, () => ({
      kind: 'handout',
      handout,
      created: deps.now(),
    }));
    deps.usage?.record([takeAlongEvent('handout-downloaded', ctx, step)]);
    return download(c, pdf, 'application/pdf', 'uw-tweede-kans.pdf');
  });

  app.get('/boom/:treeId/agenda.ics', async (c) => {
    const walk = await outcomeWalk(c, deps);
    const origin = publicOrigin(c);
    const calendar = outcomeCalendar(walk.ctx, walk.step, origin, deps.now());
    if (calendar.events.length === 0) {
      throw new HttpProblem(
        422,
        'Geen datums voor uw agenda',
        'Bij deze uitkomst horen geen datums die nog komen. Er is dus niets om in uw agenda te zetten.',
        [],
        { back: { href: walk.back, label: 'Terug naar de uitkomst' } },
      );
    }
    return download(
      c,
      icsCalendar(calendar),
      'text/calendar; charset=utf-8',
      `woonkansboom-${walk.ctx.tree.id}.ics`,
    );
  });
}
