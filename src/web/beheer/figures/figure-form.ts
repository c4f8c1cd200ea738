// The form of one year of figures, as typed, and what is wrong with it. Every
// field keeps what was typed; problems are clear B1 Dutch sentences.
import type { FigureValues, RegistrationFigure } from '../../../store/figure-store.ts';
import type { FormProblems } from '../ui/form-field.ts';

export interface FigureFields {
  jaar: string;
  ontruimingen: string;
  aanmeldingen: string;
  toelichting: string;
  /** "ja" when the beheerder confirmed more registrations than evictions. */
  bevestigd: string;
}

export const firstYear = 2000;
export const lastYear = 2100;
const maximumCount = 1_000_000;
export const maximumNoteLength = 500;

export function figureFields(fields: Record<string, string>): FigureFields {
  return {
    jaar: (fields.jaar ?? '').trim(),
    ontruimingen: (fields.ontruimingen ?? '').trim(),
    aanmeldingen: (fields.aanmeldingen ?? '').trim(),
    toelichting: (fields.toelichting ?? '').trim(),
    bevestigd: fields.bevestigd === 'ja' ? 'ja' : '',
  };
}

function isCount(text: string): boolean {
  return /^[0-9]{1,7}$/.test(text) && Number(text) <= maximumCount;
}

export function yearProblem(text: string): string | undefined {
  if (text === '') return 'Vul het jaar in, bijvoorbeeld 2023.';
  if (!/^[0-9]{4}$/.test(text) || Number(text) < firstYear || Number(text) > lastYear) {
    return `Vul een jaar in van ${firstYear} tot en met ${lastYear}, bijvoorbeeld 2023.`;
  }
  return undefined;
}

/**
 * More registrations than evictions in one year is possible (a household
 * evicted the year before) but more often a typing error: it is saved only
 * once the beheerder confirms it.
 */
export function moreRegistrationsThanEvictions(form: FigureFields): boolean {
  return (
    isCount(form.ontruimingen) &&
    isCount(form.aanmeldingen) &&
    Number(form.aanmeldingen) > Number(form.ontruimingen)
  );
}

/**
 * Problems with the numbers and the note (the year is checked separately).
 * `current` is the stored year when it is corrected: a changed number needs
 * a note that says where the new number comes from.
 */
export function figureProblems(form: FigureFields, current?: RegistrationFigure): FormProblems {
  const problems: FormProblems = {};
  if (form.ontruimingen !== '' && !isCount(form.ontruimingen)) {
    problems.ontruimingen =
      'Vul het aantal ontruimingen in als heel getal van 0 of meer, zonder punt of komma, zoals 39. Weet u het niet? Laat het veld leeg.';
  }
  if (form.aanmeldingen === '') {
    problems.aanmeldingen = 'Vul het aantal aanmeldingen voor het tweedekansbeleid in, zoals 2.';
  } else if (!isCount(form.aanmeldingen)) {
    problems.aanmeldingen =
      'Vul het aantal aanmeldingen in als heel getal van 0 of meer, zonder punt of komma, zoals 2.';
  } else if (moreRegistrationsThanEvictions(form) && form.bevestigd !== 'ja') {
    problems.aanmeldingen = `Er staan meer aanmeldingen (${form.aanmeldingen}) dan ontruimingen (${form.ontruimingen}). Klopt dat? Controleer beide cijfers. Kloppen ze, vink dan ‘Ja, deze cijfers kloppen’ aan.`;
  }
  if (form.toelichting === '') {
    problems.toelichting =
      'Schrijf waar de cijfers vandaan komen, bijvoorbeeld “Bureau Woonkans, jaarrapportage 2023”.';
  } else if (form.toelichting.length > maximumNoteLength) {
    problems.toelichting = `Maak de bron of toelichting korter: hoogstens ${maximumNoteLength} tekens. Nu zijn het er ${form.toelichting.length}.`;
  } else if (current && numbersChanged(form, current) && form.toelichting === current.note.trim()) {
    problems.toelichting =
      'U heeft een cijfer veranderd. Schrijf erbij waar het nieuwe cijfer vandaan komt, bijvoorbeeld “Gecorrigeerd volgens jaarrapportage 2023”.';
  }
  return problems;
}

function numbersChanged(form: FigureFields, current: RegistrationFigure): boolean {
  const evictions = form.ontruimingen === '' ? null : Number(form.ontruimingen);
  return evictions !== current.evictions || Number(form.aanmeldingen) !== current.registrations;
}

/** The values to store; only call when there are no problems. */
export function figureValues(form: FigureFields): FigureValues {
  return {
    evictions: form.ontruimingen === '' ? null : Number(form.ontruimingen),
    registrations: Number(form.aanmeldingen),
    note: form.toelichting,
  };
}
