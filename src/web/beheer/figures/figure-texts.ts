// The words of the figures pages, in one place (B1 Dutch).
import { formatDutchDate } from '../../../core/dates/dutch-date.ts';
import type { LiveDate } from './live-date.ts';

export const figureTexts = {
  title: 'Registratiecijfers',
  evictions: 'Ontruimingen',
  registrations: 'Aanmeldingen tweedekansbeleid',
  perHundred: 'Aanmeldingen per 100 ontruimingen',
  note: 'Bron of toelichting',
  year: 'Jaar',
  unknown: 'onbekend',
} as const;

/** Confirmations after a form did its work (`?gedaan=`), so a reload does not post again. */
export const figureDoneTexts: Record<string, string> = {
  toegevoegd: 'Het jaar is toegevoegd.',
  gewijzigd: 'De cijfers zijn aangepast.',
  datum: 'De startdatum van de Woonkansboom is aangepast.',
};

export function liveLabel(live: LiveDate): string {
  return `Woonkansboom live sinds ${formatDutchDate(live.date)}`;
}

export function liveSentence(live: LiveDate | undefined): string {
  if (!live)
    return 'Er is nog geen versie van de Woonkansboom gepubliceerd, dus er is nog geen startdatum.';
  const when = formatDutchDate(live.date);
  return live.source === 'setting'
    ? `De Woonkansboom is live sinds ${when}.`
    : `De Woonkansboom is live sinds ${when}: de dag waarop de eerste versie werd gepubliceerd.`;
}
