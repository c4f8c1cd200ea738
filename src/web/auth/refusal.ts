// How the beheer part says no: problem+json for the API, a Dutch page in the
// beheer layout for people. The page needs the app's assets, which the
// authenticate middleware leaves here for the request.
import type { Context } from 'hono';
import { html } from '../../views/html.ts';
import type { Assets } from '../assets.ts';
import { beheerLayout } from '../beheer/beheer-layout.ts';
import { HttpProblem, problemContentType } from '../problem.ts';
import type { AppEnv } from './principal.ts';

const assetsOfRequest = new WeakMap<Request, Assets>();

export function rememberAssets(request: Request, assets: Assets): void {
  assetsOfRequest.set(request, assets);
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export function refusal(
  c: Context<AppEnv>,
  status: 401 | 403 | 429,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const assets = assetsOfRequest.get(c.req.raw);
  if (isApiPath(c.req.path) || !assets) {
    const problem = new HttpProblem(status, title, detail);
    return c.body(JSON.stringify(problem), status, {
      ...headers,
      'Content-Type': problemContentType,
    });
  }
  const main = html`<h1 class="utrecht-heading-1">${title}</h1>
<p class="utrecht-paragraph">${detail}</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer">Naar het beheer</a></p>`;
  const page = beheerLayout({
    title,
    main,
    assets,
    principal: c.get('principal'),
    csrfToken: c.get('csrfToken'),
  });
  return c.html(page, status, headers);
}
