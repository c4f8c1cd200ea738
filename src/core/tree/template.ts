// Placeholders in content texts: {{uiterste_aanmelddatum}} (a derived date) or
// {{termijn_jaren}} (a parameter), filled in per walk.
import type { Corporation, Parameter } from './tree.ts';

/** The placeholder for the list of corporations (SPEC §10: data, never a count). */
export const corporationsPlaceholder = 'corporaties';

/** "De Huismeesters, Lefier en Nijestee". */
export function corporationList(corporations: readonly Pick<Corporation, 'name'>[]): string {
  const names = corporations.map((corporation) => corporation.name);
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

const placeholderPattern = /\{\{\s*([a-z][a-z0-9_-]*)\s*\}\}/g;

/** The names used in a text, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** Replaces every placeholder by `valueFor(name)`. */
export function fillPlaceholders(text: string, valueFor: (name: string) => string): string {
  return text.replace(placeholderPattern, (_, name: string) => valueFor(name));
}

/**
 * The placeholders a region fills in its trees' texts: `{{regio}}` (its name)
 * and `{{gemeenten}}` ("Groningen", "Aa en Hunze, Assen en Tynaarlo"). The
 * same tree reads right in every region it is published in.
 */
export const regionPlaceholders = ['regio', 'gemeenten'] as const;

/** What a region puts in its placeholders. */
export interface RegionWords {
  regio: string;
  gemeenten: string;
}

/** `{{regio}}` and `{{gemeenten}}` filled; every other placeholder is left as it is. */
export function fillRegionPlaceholders(text: string, words: RegionWords): string {
  return text.replace(placeholderPattern, (whole, name: string) =>
    name === 'regio' || name === 'gemeenten' ? words[name] : whole,
  );
}

/**
 * Every text in a tree (or shared rules) with the region's placeholders
 * filled: done once when a region's catalog loads a version, so pages, the
 * walk data, the API and the PDF all read the region's words.
 */
export function fillRegionTexts<T>(value: T, words: RegionWords): T {
  const fill = (item: unknown): unknown => {
    if (typeof item === 'string')
      return item.includes('{{') ? fillRegionPlaceholders(item, words) : item;
    if (Array.isArray(item)) return item.map(fill);
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, fill(inner)]));
    return item;
  };
  return fill(value) as T;
}

const unitWords: Record<Parameter['unit'], [string, string]> = {
  years: ['jaar', 'jaar'],
  months: ['maand', 'maanden'],
  weeks: ['week', 'weken'],
  days: ['dag', 'dagen'],
  count: ['', ''],
};

/** A parameter as Dutch text: "5 jaar", "6 maanden", "1 week", "2". */
export function formatParameter(parameter: Pick<Parameter, 'value' | 'unit'>): string {
  const [singular, plural] = unitWords[parameter.unit];
  const word = parameter.value === 1 ? singular : plural;
  return word ? `${parameter.value} ${word}` : String(parameter.value);
}

const rangePattern = /\{\{\s*([a-z][a-z0-9_-]*)\s*\}\} tot \{\{\s*([a-z][a-z0-9_-]*)\s*\}\}/g;

/**
 * "{{min}} tot {{max}}" of two parameters in the same unit reads "6 tot 8
 * weken", not "6 weken tot 8 weken" (SPEC §3.4: "binnen 6 tot 8 weken").
 * Other placeholders are left for `fillPlaceholders`.
 */
export function fillRanges(
  text: string,
  parameterOf: (name: string) => Pick<Parameter, 'value' | 'unit'> | undefined,
): string {
  return text.replace(rangePattern, (whole, low: string, high: string) => {
    const from = parameterOf(low);
    const to = parameterOf(high);
    if (!from || !to || from.unit !== to.unit || from.unit === 'count') return whole;
    return `${from.value} tot ${formatParameter(to)}`;
  });
}
