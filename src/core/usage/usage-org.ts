// Where the person who walks the tree works: an optional, coarse
// organisation type, asked once and remembered in the browser only. The codes
// travel in walk URLs (`org=wij`) and in usage counts; the labels are for people.

export const orgTypes = ['corporatie', 'wij', 'opvang', 'hulpverlening', 'anders', 'geen'] as const;
export type OrgType = (typeof orgTypes)[number];

export function isOrgType(value: string | undefined): value is OrgType {
  return (orgTypes as readonly (string | undefined)[]).includes(value);
}

export const orgTypeLabels: Record<OrgType, string> = {
  corporatie: 'Woningcorporatie',
  wij: 'WIJ Groningen',
  opvang: 'Maatschappelijke opvang',
  hulpverlening: 'Andere hulpverlening',
  anders: 'Anders',
  geen: 'Zeg ik liever niet',
};

/** The label of a stored org type; '' (not answered) is "Niet ingevuld". */
export function orgTypeLabel(code: string): string {
  return isOrgType(code) ? orgTypeLabels[code] : 'Niet ingevuld';
}
