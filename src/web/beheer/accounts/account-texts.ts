// Dutch words for roles, account states and times on the account pages.
import type { Role, UserRecord } from '../../../store/store.ts';

export const roleNames: Record<Role, string> = {
  redacteur: 'Redacteur',
  beheerder: 'Beheerder',
  analist: 'Analist',
};

export const roleDescriptions: Record<Role, string> = {
  redacteur: 'Past de bomen aan en bekijkt een voorbeeld. Publiceert niet.',
  beheerder: 'Mag alles: ook publiceren, terugzetten, gebruikers beheren en het logboek lezen.',
  analist: 'Leest alleen cijfers en evaluaties.',
};

export function userStatus(user: UserRecord): string {
  return user.disabledAt === null ? 'Actief' : 'Geblokkeerd';
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO time as Dutch clock time in Amsterdam, e.g. "28 november 2026 om 12:00". */
export function dutchDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
