// How the evaluation pages write things: status names, periods, shares and
// means in Dutch notation, and the confirmations after a form did its work.
import { formatDutchDate } from '../../../core/dates/dutch-date.ts';
import type { PlainDate } from '../../../core/dates/plain-date.ts';
import type { RoundStatus } from '../../../core/evaluation/evaluation-round.ts';

export const statusNames: Record<RoundStatus, string> = {
  gepland: 'Gepland',
  open: 'Open',
  gesloten: 'Gesloten',
};

export function periodText(opensOn: PlainDate, closesOn: PlainDate): string {
  return `${formatDutchDate(opensOn)} tot en met ${formatDutchDate(closesOn)}`;
}

const oneDecimal = new Intl.NumberFormat('nl-NL', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
const wholeNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "67%", or "–" without answers. */
export function shareText(share: number | null): string {
  return share === null ? '–' : `${wholeNumber.format(share * 100)}%`;
}

/** "3,7", or "–" without answers. */
export function meanText(mean: number | null): string {
  return mean === null ? '–' : oneDecimal.format(mean);
}

function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

/** "+25 procentpunt" / "−10 procentpunt" / "–". */
export function pointsText(points: number | null): string {
  return points === null
    ? '–'
    : `${signed(Math.round(points), wholeNumber.format(points))} procentpunt`;
}

/** "+0,5" / "−1,0" / "–". */
export function meanShiftText(shift: number | null): string {
  return shift === null ? '–' : signed(Number(shift.toFixed(1)), oneDecimal.format(shift));
}

const doneTexts: Record<string, string> = {
  aangemaakt: 'De ronde is aangemaakt. Stuur de openbare link naar de deelnemers.',
  gewijzigd: 'De ronde is aangepast.',
  gesloten: 'De ronde is gesloten. Niemand kan het formulier nu nog invullen.',
  formulier: 'Het formulier is opgeslagen als nieuwe versie. Nieuwe rondes gebruiken deze versie.',
  ongewijzigd: 'Er was niets veranderd, dus er is geen nieuwe versie gemaakt.',
};

export function doneText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : doneTexts[value];
}
