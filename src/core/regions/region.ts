// A region (regio): one Woonkansboom among several on one install, with its
// own trees, rules, people and look. This is what the install knows of it
// before a request reaches the region's own store: its id (the URL slug), its
// name, the municipalities it covers (with former municipalities and villages
// as aliases), its look, and whether it may publish with unconfirmed
// assumptions.
import { z } from 'zod';
import { type RegionTheme, regionThemeSchema } from './region-theme.ts';

/** The region every URL without a region prefix belongs to. */
export const defaultRegionId = 'groningen';

/**
 * Lowercase letters, digits and single hyphens, 2–40 long, starting with a
 * letter. Words the site itself uses at the root are not region ids.
 */
export const regionIdPattern = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/;
export const reservedRegionIds: ReadonlySet<string> = new Set([
  'api',
  'beheer',
  'boom',
  'embed',
  'static',
  'health',
  'trajecten',
  'evaluatie',
  'favicon.svg',
  'favicon.ico',
  'walk-data',
  'regio',
  'regios',
  'gemeente',
  'contact',
  'privacy',
  'toegankelijkheid',
  'api-documentatie',
]);

export const regionIdSchema = z
  .string()
  .regex(regionIdPattern, {
    message:
      'Een regio-code bestaat uit 2 tot 40 kleine letters, cijfers en streepjes, en begint met een letter.',
  })
  .refine((id) => !reservedRegionIds.has(id), {
    message: 'Deze regio-code is al een woord van de site zelf. Kies een andere.',
  });

const placeName = z
  .string()
  .trim()
  .min(2, { message: 'Een gemeentenaam heeft minstens 2 tekens.' })
  .max(60, { message: 'Een gemeentenaam heeft hoogstens 60 tekens.' });

export const municipalitySchema = z.object({
  /** The municipality as it is called today, e.g. "Groningen". */
  name: placeName,
  /** Former municipalities and villages that lie in it, e.g. "Haren", "Ten Boer". */
  aliases: z.array(placeName).max(80).default([]),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const regionDefinitionSchema = z.object({
  id: regionIdSchema,
  /** How pages name the region, e.g. "Westerkwartier". */
  name: z.string().trim().min(2).max(80),
  /** Beside "Woonkansboom" in every page's header, e.g. "Bureau Woonkans Groningen"; "Regio <name>" when left out. */
  owner: z.string().trim().min(2).max(80).optional(),
  municipalities: z
    .array(municipalitySchema)
    .min(1, { message: 'Noem minstens één gemeente.' })
    .max(60),
  theme: regionThemeSchema.optional(),
  /**
   * When true, a tree of this region is published only once every
   * `assumption` item in it is confirmed by a beheerder.
   */
  publishNeedsConfirmedAssumptions: z.boolean().default(true),
});
export type RegionDefinition = z.infer<typeof regionDefinitionSchema>;
export type { RegionTheme };

/** What the header names beside "Woonkansboom". */
export function regionOwner(region: Pick<RegionDefinition, 'name' | 'owner'>): string {
  return region.owner ?? `Regio ${region.name}`;
}

/** "Groningen", "Groningen en Westerkwartier", "Aa en Hunze, Assen en Borger-Odoorn". */
export function municipalityList(region: Pick<RegionDefinition, 'municipalities'>): string {
  const names = region.municipalities.map((m) => m.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}
