// On the beheer start page: which region this is, the link to its settings
// (beheerders), and the install's other regions with a link to their beheer.
// Each region has its own accounts and session, so the line under the links
// says one signs in per region.
import type { Context } from 'hono';
import { defaultRegionId, type RegionDefinition } from '../../core/regions/region.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { type AppEnv, may } from '../auth/principal.ts';
import { publicOrigin } from '../client-address.ts';
import type { BeheerDeps } from '../deps.ts';
import { publicPath } from '../regions/region-paths.ts';
import { regionSettingsPath } from './region-settings-page.ts';

export interface RegionSwitch {
  /** "Regio Westerkwartier". */
  name: string;
  settingsLink: boolean;
  others: { name: string; href: string }[];
}

const regionName = (region: Pick<RegionDefinition, 'name'>) => `Regio ${region.name}`;

/**
 * The site's own origin (without this region's path): links to another
 * region are absolute, so the link rewriting of this region's app
 * (regions/region-links.ts) leaves them as they are.
 */
function installOrigin(c: Context<AppEnv>, regionId: string): string {
  const origin = publicOrigin(c);
  const own = regionId === defaultRegionId ? '' : `/${regionId}`;
  return own && origin.endsWith(own) ? origin.slice(0, -own.length) : origin;
}

/** What the start page shows of regions; nothing on a site without them. */
export async function regionSwitch(
  c: Context<AppEnv>,
  deps: BeheerDeps,
): Promise<RegionSwitch | undefined> {
  const settings = deps.regionSettings;
  if (!settings) return undefined;
  const current = settings.current();
  const origin = installOrigin(c, current.id);
  const others = (await settings.others()).map((other) => ({
    name: regionName(other),
    href: `${origin}${publicPath(other.id, '/beheer')}`,
  }));
  return {
    name: regionName(current),
    settingsLink: may(c.get('principal'), 'manageRegion'),
    others,
  };
}

/** The line under the heading: which region's beheer this is. */
export function regionLine(region: RegionSwitch | undefined): SafeHtml | '' {
  if (!region) return '';
  return html`<p class="utrecht-paragraph wkb-region-line">U beheert de Woonkansboom van <strong>${region.name}</strong>.${region.settingsLink ? html` <a class="utrecht-link utrecht-link--html-a" href="${regionSettingsPath}">Instellingen van de regio</a>` : ''}</p>`;
}

/** The other regions, each with a link to its beheer. */
export function otherRegions(region: RegionSwitch | undefined): SafeHtml | '' {
  if (!region || region.others.length === 0) return '';
  return html`<h2 class="utrecht-heading-2">Andere regio’s</h2>
<ul class="utrecht-unordered-list">${region.others.map((other) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="${other.href}">Beheer van ${other.name}</a></li>`)}</ul>
<p class="utrecht-paragraph">Elke regio heeft eigen accounts. Daarom logt u in elke regio apart in.</p>`;
}
