// The one place a refusal becomes a response: problem+json under /api, else a
// Dutch page with the same title and text in the layout of the part of the
// site it came from (beheer, embed, or the public site). Every route and
// middleware throws HttpProblem; app.ts calls this from its error handler.
import type { Context } from 'hono';
import { html, type SafeHtml } from '../views/html.ts';
import type { Assets } from './assets.ts';
import type { AppEnv } from './auth/principal.ts';
import { beheerLayout } from './beheer/beheer-layout.ts';
import { type HttpProblem, problemContentType } from './problem.ts';
import { embedLayout } from './public/embed-layout.ts';
import { layout } from './public/layout.ts';

const home = { href: '/', label: 'Naar de start van de Woonkansboom' };

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export function refusalResponse(
  c: Context<AppEnv>,
  problem: HttpProblem,
  assets: Assets,
): Response {
  const headers = { 'Cache-Control': 'no-store', ...problem.headers };
  if (isApiPath(c.req.path)) {
    return c.body(JSON.stringify(problem), problem.status, {
      ...headers,
      'Content-Type': problemContentType,
    });
  }
  const page = pageOf(c, problem, assets);
  return c.html(page, problem.status, { ...headers, 'X-Robots-Tag': 'noindex, nofollow' });
}

function pageOf(c: Context<AppEnv>, problem: HttpProblem, assets: Assets): string {
  const path = c.req.path;
  const title = problem.title;
  if (path === '/beheer' || path.startsWith('/beheer/')) {
    const main = refusalMain(problem, { href: '/beheer', label: 'Naar het beheer' });
    return beheerLayout({
      title,
      main,
      assets,
      principal: c.get('principal'),
      csrfToken: c.get('csrfToken'),
    });
  }
  const main = refusalMain(problem, home);
  const embedded = /^\/embed(\/boom\/[^/]+)/.exec(path);
  if (embedded) {
    const url = new URL(c.req.url);
    return embedLayout({
      title,
      main,
      assets,
      basePath: `/embed${embedded[1]}`,
      fullHref: `${url.pathname.replace(/^\/embed/, '')}${url.search}`,
    });
  }
  return layout({ title, main, assets });
}

function refusalMain(problem: HttpProblem, fallback: { href: string; label: string }): SafeHtml {
  const { heading, hint, back = fallback } = problem.page;
  return html`<h1 class="utrecht-heading-1">${heading ?? problem.title}</h1>
<p class="utrecht-paragraph">${problem.detail}</p>${
    hint ? html`\n<p class="utrecht-paragraph">${hint}</p>` : ''
  }
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${back.href}">${back.label}</a></p>`;
}
