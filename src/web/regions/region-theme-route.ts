// `/thema.css`: a region's look as NL Design System token values, loaded after
// the site's stylesheet (inline styles are not allowed by the CSP). The
// colours were checked for contrast when they were saved (core/regions).
import type { Hono } from 'hono';
import type { RegionTheme } from '../../core/regions/region-theme.ts';
import type { AppEnv } from '../auth/principal.ts';
import type { AppRegion } from '../deps.ts';

/** The custom properties a theme sets, on the theme's root class. */
export function themeCss(theme: RegionTheme): string {
  const properties: [string, string][] = [
    ['--utrecht-button-primary-action-background-color', theme.brandColor],
    ['--utrecht-button-primary-action-border-color', theme.brandColor],
    ['--utrecht-button-primary-action-color', theme.brandTextColor],
    ['--utrecht-button-primary-action-hover-background-color', theme.brandColor],
    ['--utrecht-button-primary-action-hover-color', theme.brandTextColor],
    ['--utrecht-link-color', theme.brandColor],
    ['--utrecht-link-hover-color', theme.brandColor],
    ['--utrecht-link-visited-color', theme.brandColor],
    ['--basis-color-accent-1-inverse-bg-default', theme.brandColor],
    ['--basis-color-accent-1-inverse-color-default', theme.brandTextColor],
    ['--basis-focus-outline-color', theme.focusColor],
    ['--utrecht-focus-outline-color', theme.focusColor],
  ];
  return `.voorbeeld-theme{${properties.map(([name, value]) => `${name}:${value}`).join(';')}}\n`;
}

export function regionThemeRoute(app: Hono<AppEnv>, region: AppRegion): void {
  app.get('/thema.css', (c) => {
    const theme = region.definition().theme;
    return c.body(theme ? themeCss(theme) : '', 200, {
      'Content-Type': 'text/css; charset=utf-8',
      // The layout links it with the theme's colours in the query: a new look is a new URL.
      'Cache-Control': 'public, max-age=86400',
    });
  });
}

/** The link the layout puts after the stylesheet, or undefined for a region without a theme. */
export function themeHref(theme: RegionTheme | undefined): string | undefined {
  if (!theme) return undefined;
  const key = [theme.brandColor, theme.brandTextColor, theme.focusColor]
    .map((colour) => colour.slice(1))
    .join('-');
  return `/thema.css?v=${key}`;
}
