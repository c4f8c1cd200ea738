// A region's look as a small, validated subset of NL Design System tokens:
// a brand colour (buttons, links, the header band), the text colour on it,
// a focus colour and a logo (region-logo.ts). Each colour is checked for WCAG 2.1 AA contrast where it is
// used, so no region can make its pages unreadable.
import { z } from 'zod';
import type { Problem } from '../problem.ts';
import { regionLogoSchema } from './region-logo.ts';

const hexColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, {
    message: 'Schrijf een kleur als # met zes tekens 0-9 of a-f, bijvoorbeeld #1d6b3a.',
  })
  .transform((value) => value.toLowerCase());

export const regionThemeSchema = z.object({
  /** Buttons, links and the header band: `--utrecht-button-primary-action-background-color`, `--utrecht-link-color`. */
  brandColor: hexColour,
  /** Text on the brand colour: `--utrecht-button-primary-action-color`. */
  brandTextColor: hexColour.default('#ffffff'),
  /** The focus ring: `--basis-focus-outline-color`. */
  focusColor: hexColour,
  /** Shown in the header before the name. */
  logo: regionLogoSchema.optional(),
});
export type RegionTheme = z.infer<typeof regionThemeSchema>;

const white = '#ffffff';

function channel(hex: string, at: number): number {
  const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

const ratioText = (ratio: number) =>
  `${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1`;

/**
 * The contrast checks of a theme, each a Dutch problem: text on the brand
 * colour and the brand colour as link text on white need 4,5:1 (AA, normal
 * text); the focus ring against white needs 3:1 (AA, non-text).
 */
export function themeContrastProblems(theme: RegionTheme): Problem<'te-weinig-contrast'>[] {
  const checks = [
    {
      path: 'brandTextColor',
      ratio: contrastRatio(theme.brandColor, theme.brandTextColor),
      needed: 4.5,
      what: `De tekstkleur ${theme.brandTextColor} op de merkkleur ${theme.brandColor}`,
    },
    {
      path: 'brandColor',
      ratio: contrastRatio(theme.brandColor, white),
      needed: 4.5,
      what: `De merkkleur ${theme.brandColor} als linkkleur op wit`,
    },
    {
      path: 'focusColor',
      ratio: contrastRatio(theme.focusColor, white),
      needed: 3,
      what: `De focuskleur ${theme.focusColor} op wit`,
    },
  ];
  return checks
    .filter((check) => check.ratio < check.needed)
    .map((check) => ({
      path: check.path,
      code: 'te-weinig-contrast' as const,
      message: `${check.what} heeft te weinig contrast: ${ratioText(check.ratio)}. Nodig is minstens ${ratioText(check.needed)} (WCAG 2.1 AA). Kies een donkerdere kleur.`,
    }));
}
