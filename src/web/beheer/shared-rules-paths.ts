// Where the shared rules live in the editor (SPEC §11).
export const sharedRulesPath = '/beheer/gedeeld';

/** `/beheer/gedeeld/parameter/regeling_maanden`, `/beheer/gedeeld/corporaties`. */
export function sharedEditPath(part: string, key?: string): string {
  return `${sharedRulesPath}/${part}${key === undefined ? '' : `/${encodeURIComponent(key)}`}`;
}
