// `/thema.css`: a region's look as NL Design System token values, loaded after
// the site's stylesheet (inline styles are not allowed by the CSP; a
// stylesheet of the same origin is). The colours were checked for contrast
// when they were saved (core/regions).
//
// The tokens set are the ones the built stylesheets really read: the
// primary button's `--utrecht-button-primary-action-*` (every state, or a
// click flashes the site's own colour), the link's `--utrecht-link-*`, the
// header band and side bars' `--basis-color-accent-1-inverse-bg-default`,
// the footer's `--basis-color-accent-1-bg-default`, the secondary button's
// `--basis-color-action-1-*`, and the focus ring's
// `--basis-focus-outline-color` (with the Utrecht alias).
import type { Hono } from 'hono';
import { base64Bytes, logoVersion } from '../../core/regions/region-logo.ts';
import { contrastRatio, type RegionTheme } from '../../core/regions/region-theme.ts';
import type { AppEnv } from '../auth/principal.ts';
import type { AppRegion } from '../deps.ts';

/** `hex` mixed with `toward` (`#rrggbb`) by `share` (0 to 1). */
export function mixColour(hex: string, toward: string, share: number): string {
  const channel = (colour: string, at: number) => Number.parseInt(colour.slice(at, at + 2), 16);
  return `#${[1, 3, 5]
    .map((at) => Math.round(channel(hex, at) * (1 - share) + channel(toward, at) * share))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * `brand` mixed with white by at least `share`, and further while the brand
 * colour on it has less than 4,5:1 (it has that on white, so this ends):
 * links and secondary buttons on a tinted surface stay readable.
 */
export function readableTint(brand: string, share: number): string {
  for (let step = Math.round(share * 100); step < 100; step += 1) {
    const tint = mixColour(brand, '#ffffff', step / 100);
    if (contrastRatio(brand, tint) >= 4.5) return tint;
  }
  return '#ffffff';
}

/**
 * The custom properties a theme sets, on the theme's root class: the NL
 * Design System basis colours the voorbeeld theme derives its components
 * from (accent-1 for the header band, side bars and the footer; action-1 for
 * buttons; action-2 for links), and the Utrecht tokens the components read
 * directly. Hover and pressed are a shade darker: the brand colour has at
 * least 4,5:1 against white, so its text colour is light and a darker shade
 * only adds contrast. Surfaces are light tints of the brand colour.
 */
export function themeCss(theme: RegionTheme): string {
  const brand = theme.brandColor;
  const text = theme.brandTextColor;
  const darker = mixColour(brand, '#000000', 0.2);
  const surface = readableTint(brand, 0.9);
  const subtle = readableTint(brand, 0.95);
  const pressedSurface = readableTint(brand, 0.84);
  const states = (prefix: string, normal: string, changed: string): [string, string][] => [
    [`${prefix}-default`, normal],
    [`${prefix}-hover`, changed],
    [`${prefix}-active`, changed],
  ];
  const properties: [string, string][] = [
    ...states('--basis-color-accent-1-inverse-bg', brand, darker),
    ...states('--basis-color-accent-1-inverse-color', text, text),
    ...states('--basis-color-accent-1-color', brand, darker),
    ...states('--basis-color-accent-1-border', brand, darker),
    ...states('--basis-color-accent-1-bg', surface, pressedSurface),
    ['--basis-color-accent-1-bg-subtle', subtle],
    ...states('--basis-color-action-1-inverse-bg', brand, darker),
    ...states('--basis-color-action-1-inverse-color', text, text),
    ...states('--basis-color-action-1-color', brand, darker),
    ...states('--basis-color-action-1-border', brand, darker),
    ['--basis-color-action-1-bg-hover', surface],
    ['--basis-color-action-1-bg-active', pressedSurface],
    ...states('--basis-color-action-2-color', brand, darker),
    ['--utrecht-button-primary-action-background-color', brand],
    ['--utrecht-button-primary-action-border-color', brand],
    ['--utrecht-button-primary-action-color', text],
    ['--utrecht-button-primary-action-hover-background-color', darker],
    ['--utrecht-button-primary-action-hover-border-color', darker],
    ['--utrecht-button-primary-action-hover-color', text],
    ['--utrecht-button-primary-action-active-background-color', darker],
    ['--utrecht-button-primary-action-active-border-color', darker],
    ['--utrecht-button-primary-action-active-color', text],
    ['--utrecht-button-primary-action-pressed-background-color', darker],
    ['--utrecht-button-primary-action-pressed-border-color', darker],
    ['--utrecht-button-primary-action-pressed-color', text],
    ['--utrecht-link-color', brand],
    ['--utrecht-link-hover-color', darker],
    ['--utrecht-link-active-color', darker],
    ['--utrecht-link-visited-color', brand],
    ['--utrecht-link-text-decoration-color', brand],
    ['--basis-focus-outline-color', theme.focusColor],
    ['--utrecht-focus-outline-color', theme.focusColor],
  ];
  return `.voorbeeld-theme{${properties.map(([name, value]) => `${name}:${value}`).join(';')}}\n`;
}

export function regionThemeRoute(app: Hono<AppEnv>, region: AppRegion): void {
  app.get('/thema.css', (c) => {
    const theme = region.definition().theme;
    // The layout links it with the theme's colours in the query: a new look is a new URL.
    // A URL of another look (a page from before a change) is answered, but not kept.
    const current = themeHref(theme) === `/thema.css?v=${c.req.query('v') ?? ''}`;
    return c.body(theme ? themeCss(theme) : '', 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': current ? 'public, max-age=86400' : 'no-cache',
    });
  });
  app.get('/logo.png', (c) => {
    const logo = region.definition().theme?.logo;
    const bytes = logo && base64Bytes(logo.png);
    if (!logo || !bytes) return c.body(null, 404);
    const current = c.req.query('v') === logoVersion(logo);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'image/png',
      'Cache-Control': current ? 'public, max-age=86400' : 'no-cache',
    });
  });
}

/** The header's logo, or undefined for a region without one. */
export function logoImage(
  theme: RegionTheme | undefined,
): { href: string; alt: string } | undefined {
  const logo = theme?.logo;
  return logo ? { href: `/logo.png?v=${logoVersion(logo)}`, alt: logo.alt } : undefined;
}

/** The link the layout puts after the stylesheet, or undefined for a region without a theme. */
export function themeHref(theme: RegionTheme | undefined): string | undefined {
  if (!theme) return undefined;
  const key = [theme.brandColor, theme.brandTextColor, theme.focusColor]
    .map((colour) => colour.slice(1))
    .join('-');
  return `/thema.css?v=${key}`;
}
