// The longest text each field of the content format takes, and the zod text
// types that enforce them with a Dutch message.
import { z } from 'zod';

/**
 * The longest text each kind of field takes, in characters (code points, so
 * an emoji counts once). Room above today's longest texts; the editor shows
 * the limit before saving (`maxlength` and a hint).
 */
export const textLimits = {
  /** Titles, labels, names, a badge. */
  label: 200,
  /** A question (or what a check checks), one sentence (audience, summary), a step's duration, an address. */
  short: 500,
  /** A source reference. */
  source: 1000,
  /** Help and hints, a step's text, a contact's text, a notice, the handout's deadline texts. */
  help: 2000,
  /** An outcome's explanation and next steps, a tree's intro. */
  long: 5000,
  /** A trajectory's page and the handout. */
  body: 10000,
} as const;

/** Counts code points, stopping just past `max` (a huge text is not walked to its end). */
function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false;
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

/** "10.000" for 10000: the way a limit is written in Dutch. */
export function dutchCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A required text of at most `max` characters, trimmed. */
export function limitedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'de tekst is leeg')
    .superRefine((value, ctx) => {
      if (!longerThan(value, max)) return;
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: max,
        inclusive: true,
        input: value,
        message: `de tekst is te lang: hoogstens ${dutchCount(max)} tekens`,
      });
    });
}

export const labelText = limitedText(textLimits.label);
export const shortText = limitedText(textLimits.short);
export const helpText = limitedText(textLimits.help);
export const longText = limitedText(textLimits.long);
export const bodyText = limitedText(textLimits.body);
export const sourceRefText = limitedText(textLimits.source);
