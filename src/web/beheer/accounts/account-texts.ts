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
