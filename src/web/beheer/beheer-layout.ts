// The page shell of the beheer part: same NL Design System look as the public
// site, with the beheer navigation and who is signed in.
import { html, type SafeHtml } from '../../views/html.ts';
import type { Assets } from '../assets.ts';
import { may, type Principal } from '../auth/principal.ts';
import { layout } from '../public/layout.ts';

export interface BeheerPageOptions {
  title: string;
  main: SafeHtml;
  assets: Assets;
  principal: Principal | undefined;
  /** The CSRF token for the sign-out form. */
  csrfToken: string | undefined;
}

/** The beheer script (character counts, sections that open), when it is built. */
export function beheerScript(assets: Assets): SafeHtml | '' {
  return assets.beheerScript
    ? html`<script type="module" src="${assets.beheerScript}"></script>`
    : '';
}

export function beheerLayout({
  title,
  main,
  assets,
  principal,
  csrfToken,
}: BeheerPageOptions): string {
  const nav = principal
    ? html`<nav class="wkb-beheer-nav" aria-label="Beheer">
<ul class="wkb-beheer-nav__list">
<li><a class="utrecht-link utrecht-link--html-a" href="/beheer">Bomen</a></li>
${may(principal, 'manageUsers') ? html`<li><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">Gebruikers</a></li>` : ''}
${may(principal, 'readStatistics') ? html`<li><a class="utrecht-link utrecht-link--html-a" href="/beheer/evaluatie">Evaluatie</a></li><li><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruik">Gebruik</a></li><li><a class="utrecht-link utrecht-link--html-a" href="/beheer/cijfers">Cijfers</a></li>` : ''}
${may(principal, 'readAudit') ? html`<li><a class="utrecht-link utrecht-link--html-a" href="/beheer/logboek">Logboek</a></li>` : ''}
</ul>
<form method="post" action="/beheer/uitloggen" class="wkb-beheer-nav__signout">
<input type="hidden" name="_csrf" value="${csrfToken ?? ''}">
<span>${principal.email} (${principal.role})</span>
<button class="utrecht-button utrecht-button--secondary-action" type="submit">Uitloggen</button>
</form>
</nav>`
    : '';
  return layout({
    title: `${title} – Beheer`,
    main: html`${nav}${main}${beheerScript(assets)}`,
    assets,
    beheerStyles: true,
  });
}
