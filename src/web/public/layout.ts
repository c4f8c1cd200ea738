// The page shell around every server-rendered page.
import { html, type SafeHtml } from '../../views/html.ts';
import type { WalkContext } from '../../views/walk-context.ts';
import type { Assets } from '../assets.ts';

/** What the walk script reads from the page: the walk data to load, and when to leave a step to the server. */
export interface WalkScriptData {
  treeId: string;
  version: number;
  /** The shared-rules version the walk data is composed with. */
  shared?: number;
  /** The day these rules stop holding. */
  until?: string;
  /** An eviction date may choose other rules (overgangsrecht). */
  transition?: boolean;
}

/** The script's data from a walk's context. */
export function walkScriptRules(
  walk: WalkContext,
): Pick<WalkScriptData, 'shared' | 'until' | 'transition'> {
  return {
    ...(walk.sharedVersion !== undefined ? { shared: walk.sharedVersion } : {}),
    ...(walk.rulesWindow?.until ? { until: walk.rulesWindow.until } : {}),
    ...(walk.rulesWindow?.transition ? { transition: true } : {}),
  };
}

/** The `data-walk-*` attributes of the page's main element. */
export function walkAttributes(walk: WalkScriptData, basePath: string): SafeHtml {
  return html` data-walk-tree="${walk.treeId}" data-walk-version="${String(walk.version)}"${walk.shared !== undefined ? html` data-walk-shared="${String(walk.shared)}"` : ''}${walk.until ? html` data-walk-until="${walk.until}"` : ''}${walk.transition ? html` data-walk-transition` : ''} data-walk-base="${basePath}" data-walk-api="/api/v1"${basePath.startsWith('/boom/') ? html` data-walk-counted` : ''}`;
}

export interface PageOptions {
  title: string;
  main: SafeHtml;
  assets: Assets;
  /** Load the walk script (walk pages only). */
  walk?: WalkScriptData & { basePath: string };
  description?: string;
  /** Beheer pages and the forms built from the beheer form fields: the larger stylesheet. */
  beheerStyles?: boolean;
}

/** The region's logo before the name, when it has one. */
function logoImage(assets: Assets): SafeHtml | string {
  const logo = assets.look?.().logo;
  return logo
    ? html`<img class="wkb-logo__image" src="${logo.href}" alt="${logo.alt}" height="40">`
    : '';
}

/** The region's theme stylesheet after the site's, when it has one. */
export function themeLink(assets: Assets): SafeHtml | string {
  const href = assets.look?.().themeHref;
  return href ? html`\n<link rel="stylesheet" href="${href}">` : '';
}

export function layout({
  title,
  main,
  assets,
  walk,
  description,
  beheerStyles,
}: PageOptions): string {
  return `<!doctype html>${html`<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Woonkansboom</title>
<meta name="description" content="${description ?? 'Welk traject van Bureau Woonkans past bij uw cliënt? Tweedekansbeleid, WonenPlus of Zittende huurders, in een paar klikken.'}">
<link rel="stylesheet" href="${beheerStyles ? assets.beheerCss : assets.css}">${themeLink(assets)}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${walk ? html`<script type="module" src="${assets.walkScript}"></script>` : ''}
</head>
<body class="utrecht-page-body utrecht-document voorbeeld-theme">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Direct naar de inhoud</a>
<header class="utrecht-page-header wkb-header"><div class="utrecht-page-header__content">
<a class="wkb-logo" href="/">${logoImage(assets)}<span class="wkb-logo__name">Woonkansboom</span> <span class="wkb-logo__owner">${assets.look?.().owner ?? 'Bureau Woonkans Groningen'}</span></a>
</div></header>
<div class="utrecht-page-body__content">
<main class="utrecht-page-content wkb-main" id="inhoud"${walk ? walkAttributes(walk, walk.basePath) : ''}>
${main}
</main>
</div>
<footer class="utrecht-page-footer wkb-footer"><div class="utrecht-page-footer__content">
<ul class="wkb-footer__links">
<li><a class="utrecht-link utrecht-link--html-a" href="/">Woonkansbomen</a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="/trajecten">Trajecten</a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="/contact">Contact</a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="/privacy">Privacy</a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="/toegankelijkheid">Toegankelijkheid</a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="/api">API voor koppelingen</a></li>
</ul>
</div></footer>
</body>
</html>`}`;
}
