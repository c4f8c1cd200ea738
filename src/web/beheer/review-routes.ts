// Te controleren: the list for redacteuren and beheerders; confirming, one
// item or every thesis item at once, for beheerders only (SPEC §11).
import type { Hono } from 'hono';
import type { AppEnv } from '../auth/principal.ts';
import { may } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { actorOf, notFound, page } from './beheer-context.ts';
import { FormInput } from './form-input.ts';
import { reviewPage, reviewPath } from './review-page.ts';

export function reviewRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get(reviewPath, requirePermission('editDrafts'), async (c) => {
    const confirmed = c.req.query('bevestigd');
    const view = reviewPage(await deps.review.list(), {
      canConfirm: may(c.get('principal'), 'confirmSources'),
      csrfToken: c.get('csrfToken'),
      confirmed:
        confirmed === undefined
          ? undefined
          : `Bevestigd: ${confirmed}. Dit staat in het concept en gaat mee met de volgende versie.`,
    });
    return page(c, deps, view.title, view.main);
  });

  app.post(`${reviewPath}/bevestigen`, requirePermission('confirmSources'), async (c) => {
    const form = await FormInput.read(c);
    const result = await deps.review.confirm(form.get('owner'), form.get('item'), actorOf(c));
    if (result.status === 'not-found')
      throw notFound('Dit onderdeel staat niet (meer) op de lijst om te controleren.');
    return c.redirect(`${reviewPath}?bevestigd=${encodeURIComponent(result.item.label)}`, 303);
  });

  app.post(`${reviewPath}/scriptie`, requirePermission('confirmSources'), async (c) => {
    const count = await deps.review.confirmThesis(actorOf(c));
    return c.redirect(
      `${reviewPath}?bevestigd=${encodeURIComponent(`${count} items uit de scriptie`)}`,
      303,
    );
  });
}
