// Placeholders in content texts: {{uiterste_aanmelddatum}} (a derived date) or
// {{termijn_jaren}} (a parameter), filled in per walk.
import type { Parameter } from './tree.ts';

const placeholderPattern = /\{\{\s*([a-z][a-z0-9_-]*)\s*\}\}/g;

/** The names used in a text, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** Replaces every placeholder by `valueFor(name)`. */
export function fillPlaceholders(text: string, valueFor: (name: string) => string): string {
  return text.replace(placeholderPattern, (_, name: string) => valueFor(name));
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
