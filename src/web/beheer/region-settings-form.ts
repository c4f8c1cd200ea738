// The region settings form ⇄ a region definition: the typed text of each
// field, read into a definition and checked (schema, contrast, municipalities
// of other regions), every problem beside the field it belongs to. What was
// typed is kept as typed, so a refused form comes back as it was sent.
import { overlapProblems, placeKey } from '../../core/regions/municipality-finder.ts';
import {
  type Municipality,
  type RegionDefinition,
  regionDefinitionSchema,
} from '../../core/regions/region.ts';
import { themeContrastProblems } from '../../core/regions/region-theme.ts';

/** The form's fields, as typed. */
export interface RegionSettingsFields {
  naam: string;
  eigenaar: string;
  gemeenten: string;
  merkkleur: string;
  tekstkleur: string;
  focuskleur: string;
  /** What the logo shows, in words. */
  logotekst: string;
  /** `ja` when the logo is to go. */
  logoweg: string;
}

/** The fields, and `logo`: the file input, whose problems have a place too. */
export type RegionSettingsField = keyof RegionSettingsFields | 'logo';

/** A logo sent with the form: the PNG as base64, when a file was chosen. */
export interface LogoUpload {
  png?: string;
}

export interface RegionSettingsProblem {
  field: RegionSettingsField;
  message: string;
}

export type RegionSettingsResult =
  | { status: 'valid'; definition: RegionDefinition }
  | { status: 'invalid'; problems: RegionSettingsProblem[] };

const fieldNames: RegionSettingsField[] = [
  'naam',
  'eigenaar',
  'gemeenten',
  'merkkleur',
  'tekstkleur',
  'focuskleur',
  'logo',
  'logotekst',
  'logoweg',
];

/** `Groningen: Haren, Ten Boer`: the way one municipality is written on one line. */
export function municipalityLine(municipality: Municipality): string {
  return municipality.aliases.length > 0
    ? `${municipality.name}: ${municipality.aliases.join(', ')}`
    : municipality.name;
}

/** The form as the definition fills it. */
export function fieldsOf(definition: RegionDefinition): RegionSettingsFields {
  return {
    naam: definition.name,
    eigenaar: definition.owner ?? '',
    gemeenten: definition.municipalities.map(municipalityLine).join('\n'),
    merkkleur: definition.theme?.brandColor ?? '',
    tekstkleur: definition.theme?.brandTextColor ?? '',
    focuskleur: definition.theme?.focusColor ?? '',
    logotekst: definition.theme?.logo?.alt ?? '',
    logoweg: '',
  };
}

/** The submitted form's fields; a field that was not sent is empty. */
export function submittedFields(form: Record<string, string>): RegionSettingsFields {
  return Object.fromEntries(
    fieldNames
      .filter((name) => name !== 'logo')
      .map((name) => [name, (form[name] ?? '').replace(/\r\n?/g, '\n')]),
  ) as unknown as RegionSettingsFields;
}

interface ParsedLines {
  municipalities: { name: string; aliases: string[] }[];
  /** The line number (from 1) of each municipality, for messages. */
  lineOf: number[];
}

function municipalitiesOf(text: string): ParsedLines {
  const parsed: ParsedLines = { municipalities: [], lineOf: [] };
  text.split('\n').forEach((line, at) => {
    if (line.trim() === '') return;
    const colon = line.indexOf(':');
    const name = (colon === -1 ? line : line.slice(0, colon)).trim();
    const aliases =
      colon === -1
        ? []
        : line
            .slice(colon + 1)
            .split(',')
            .map((alias) => alias.trim())
            .filter((alias) => alias !== '');
    parsed.municipalities.push({ name, aliases });
    parsed.lineOf.push(at + 1);
  });
  return parsed;
}

/** Which field a path of the definition belongs to. */
function fieldOfPath(path: readonly PropertyKey[]): RegionSettingsField {
  const [first, second] = path;
  if (first === 'name') return 'naam';
  if (first === 'owner') return 'eigenaar';
  if (first === 'theme') {
    if (second === 'logo') return path[2] === 'alt' ? 'logotekst' : 'logo';
    if (second === 'brandTextColor') return 'tekstkleur';
    if (second === 'focusColor') return 'focuskleur';
    return 'merkkleur';
  }
  return 'gemeenten';
}

/** "Regel 3: …" for a problem of one municipality line. */
function onLine(path: readonly PropertyKey[], lines: ParsedLines, message: string): string {
  if (path[0] !== 'municipalities' || typeof path[1] !== 'number') return message;
  const line = lines.lineOf[path[1]];
  return line === undefined ? message : `Regel ${line}: ${message}`;
}

const fieldTexts: Partial<Record<RegionSettingsField, string>> = {
  naam: 'Vul een naam in van 2 tot 80 tekens.',
  eigenaar: 'Vul een eigenaar in van 2 tot 80 tekens, of laat het veld leeg.',
};

/**
 * Reads the form into a definition of `current`'s region and checks it:
 * the definition schema, the contrast of the colours, and municipalities
 * that another region already has. The id and the publish rule stay as they
 * are: this form does not change them. The logo stays unless a new one is
 * sent (`upload`) or it is to go.
 */
export function readRegionSettings(
  fields: RegionSettingsFields,
  current: RegionDefinition,
  others: readonly RegionDefinition[],
  upload: LogoUpload = {},
): RegionSettingsResult {
  const lines = municipalitiesOf(fields.gemeenten);
  const colours = [fields.merkkleur, fields.tekstkleur, fields.focuskleur].map((c) => c.trim());
  const anyColour = colours.some((colour) => colour !== '');
  const problems: RegionSettingsProblem[] = [];
  if (anyColour && colours[0] === '')
    problems.push({
      field: 'merkkleur',
      message: 'Vul een merkkleur in, of laat alle kleuren leeg.',
    });
  if (anyColour && colours[2] === '')
    problems.push({
      field: 'focuskleur',
      message: 'Vul een focuskleur in, of laat alle kleuren leeg.',
    });
  const png = fields.logoweg === 'ja' ? undefined : (upload.png ?? current.theme?.logo?.png);
  if (png !== undefined && !anyColour)
    problems.push({
      field: 'logo',
      message: 'Een logo hoort bij eigen kleuren. Vul ook de kleuren in, of haal het logo weg.',
    });
  if (png !== undefined && fields.logotekst.trim() === '')
    problems.push({
      field: 'logotekst',
      message: 'Schrijf in een paar woorden wat er op het logo staat.',
    });
  if (problems.length > 0) return { status: 'invalid', problems };

  const candidate = {
    id: current.id,
    name: fields.naam,
    ...(fields.eigenaar.trim() === '' ? {} : { owner: fields.eigenaar }),
    municipalities: lines.municipalities,
    ...(anyColour
      ? {
          theme: {
            brandColor: colours[0],
            ...(colours[1] === '' ? {} : { brandTextColor: colours[1] }),
            focusColor: colours[2],
            ...(png !== undefined ? { logo: { alt: fields.logotekst, png } } : {}),
          },
        }
      : {}),
    publishNeedsConfirmedAssumptions: current.publishNeedsConfirmedAssumptions,
  };
  const parsed = regionDefinitionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      const message = fieldTexts[field] ?? onLine(issue.path, lines, issue.message);
      if (!problems.some((known) => known.field === field && known.message === message))
        problems.push({ field, message });
    }
    return { status: 'invalid', problems: inFormOrder(problems) };
  }
  const definition = parsed.data;
  if (definition.theme)
    for (const problem of themeContrastProblems(definition.theme))
      problems.push({ field: fieldOfPath(['theme', problem.path]), message: problem.message });
  problems.push(...repeatedPlaces(definition, lines));
  for (const problem of overlapProblems(definition, others))
    problems.push({
      field: 'gemeenten',
      message: onLine(
        problem.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        lines,
        problem.message,
      ),
    });
  return problems.length > 0
    ? { status: 'invalid', problems: inFormOrder(problems) }
    : { status: 'valid', definition };
}

/** The problems in the order of the form's fields, so the summary reads as the form does. */
function inFormOrder(problems: RegionSettingsProblem[]): RegionSettingsProblem[] {
  return problems
    .map((problem, at) => ({ problem, at }))
    .sort(
      (a, b) =>
        fieldNames.indexOf(a.problem.field) - fieldNames.indexOf(b.problem.field) || a.at - b.at,
    )
    .map(({ problem }) => problem);
}

/** A place named twice in the list (also as "Haren" and "haren"): a finder could not tell which is meant. */
function repeatedPlaces(definition: RegionDefinition, lines: ParsedLines): RegionSettingsProblem[] {
  const seen = new Map<string, number>();
  const problems: RegionSettingsProblem[] = [];
  definition.municipalities.forEach((municipality, at) => {
    const line = lines.lineOf[at] ?? at + 1;
    for (const name of [municipality.name, ...municipality.aliases]) {
      const key = placeKey(name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else
        problems.push({
          field: 'gemeenten',
          message:
            first === line
              ? `Regel ${line}: ${name} staat twee keer op deze regel. Noem elke plaats één keer.`
              : `Regel ${line}: ${name} staat al op regel ${first}. Noem elke plaats één keer.`,
        });
    }
  });
  return problems;
}

/** What changed, for the audit log: the names of the parts that differ. */
export function changedParts(before: RegionDefinition, after: RegionDefinition): string[] {
  const parts: [string, unknown, unknown][] = [
    ['naam', before.name, after.name],
    ['eigenaar', before.owner, after.owner],
    ['gemeenten', before.municipalities, after.municipalities],
    ['kleuren', { ...before.theme, logo: undefined }, { ...after.theme, logo: undefined }],
    ['logo', before.theme?.logo, after.theme?.logo],
  ];
  return parts
    .filter(([, was, now]) => JSON.stringify(was) !== JSON.stringify(now))
    .map(([name]) => name);
}
