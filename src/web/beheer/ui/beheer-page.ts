// Sends a page in the beheer layout for the signed-in user of the request.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SafeHtml } from '../../../views/html.ts';
import type { AppEnv } from '../../auth/principal.ts';
import type { BeheerDeps } from '../../deps.ts';
import { beheerLayout } from '../beheer-layout.ts';

export function beheerPage(
  c: Context<AppEnv>,
  deps: BeheerDeps,
  page: { title: string; main: SafeHtml; status?: ContentfulStatusCode; hasErrors?: boolean },
): Response {
  const html = beheerLayout({
    title: page.hasErrors ? `Fout: ${page.title}` : page.title,
    main: page.main,
    assets: deps.assets,
    principal: c.get('principal'),
    csrfToken: c.get('csrfToken'),
  });
  return c.html(html, page.status ?? 200);
}
