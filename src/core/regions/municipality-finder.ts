// Finding the region of a client's home from the name of its municipality,
// a former municipality or a village, however it is typed: "haren", "Gemeente
// Groningen", "Ten  Boer", "Zuidhorn ".
import type { Problem } from '../problem.ts';
import type { RegionDefinition } from './region.ts';

/** Lowercase, no accents, no "gemeente" in front, single spaces, hyphens as spaces. */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-‐–'’`.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^gemeente /, '');
}

export interface PlaceMatch {
  region: RegionDefinition;
  /** The municipality today. */
  municipality: string;
  /** Set when the name typed was a former municipality or a village in it. */
  via?: string;
}

export type FinderResult =
  | { kind: 'leeg' }
  | { kind: 'gevonden'; match: PlaceMatch }
  | { kind: 'onbekend'; typed: string };

/** Every name a finder knows, each with what it leads to. */
export function placeIndex(regions: readonly RegionDefinition[]): Map<string, PlaceMatch> {
  const index = new Map<string, PlaceMatch>();
  for (const region of regions)
    for (const municipality of region.municipalities) {
      index.set(placeKey(municipality.name), { region, municipality: municipality.name });
      for (const alias of municipality.aliases) {
        const key = placeKey(alias);
        if (!index.has(key))
          index.set(key, { region, municipality: municipality.name, via: alias });
      }
    }
  return index;
}

export function findPlace(regions: readonly RegionDefinition[], typed: string): FinderResult {
  const trimmed = typed.trim().slice(0, 200);
  if (placeKey(trimmed) === '') return { kind: 'leeg' };
  const match = placeIndex(regions).get(placeKey(trimmed));
  return match ? { kind: 'gevonden', match } : { kind: 'onbekend', typed: trimmed };
}

/** The suggestions a form offers: every municipality and alias, sorted as Dutch people expect. */
export function placeSuggestions(regions: readonly RegionDefinition[]): string[] {
  const names = new Set<string>();
  for (const region of regions)
    for (const municipality of region.municipalities) {
      names.add(municipality.name);
      for (const alias of municipality.aliases) names.add(alias);
    }
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

/**
 * A municipality (or alias) belongs to at most one region: the names of
 * `region` that another region already has, each as a Dutch problem naming it.
 */
export function overlapProblems(
  region: RegionDefinition,
  others: readonly RegionDefinition[],
): Problem<'gemeente-al-in-regio'>[] {
  const taken = placeIndex(others.filter((other) => other.id !== region.id));
  const problems: Problem<'gemeente-al-in-regio'>[] = [];
  region.municipalities.forEach((municipality, at) => {
    for (const name of [municipality.name, ...municipality.aliases]) {
      const other = taken.get(placeKey(name));
      if (other)
        problems.push({
          path: `municipalities.${at}`,
          code: 'gemeente-al-in-regio',
          message: `${name} hoort al bij de regio ${other.region.name} (${other.region.id}). Een gemeente hoort bij één regio.`,
        });
    }
  });
  return problems;
}
