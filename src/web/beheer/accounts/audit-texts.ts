// The audit log in Dutch: what each action is called and how its details read.
import type { AuditEntry } from '../../../store/store.ts';
import { roleNames } from './account-texts.ts';

const actionNames: Record<string, string> = {
  login: 'Ingelogd',
  'login-failed': 'Inloggen mislukt',
  logout: 'Uitgelogd',
  'user-created': 'Gebruiker toegevoegd',
  'user-changed': 'Gebruiker gewijzigd',
  'user-disabled': 'Gebruiker geblokkeerd',
  'password-set': 'Nieuw wachtwoord ingesteld',
  'password-changed': 'Eigen wachtwoord gewijzigd',
  'password-reset': 'Eenmalig wachtwoord gemaakt',
  'token-created': 'API-token gemaakt',
  'token-revoked': 'API-token ingetrokken',
  'draft-saved': 'Concept opgeslagen',
  'publish-refused': 'Publiceren geweigerd',
  published: 'Gepubliceerd',
  'rolled-back': 'Teruggezet',
  imported: 'Concept geïmporteerd',
  'evaluation-form-saved': 'Evaluatieformulier opgeslagen',
  'evaluation-round-created': 'Evaluatieronde gemaakt',
  'evaluation-round-changed': 'Evaluatieronde gewijzigd',
  'evaluation-round-closed': 'Evaluatieronde gesloten',
  'figures-added': 'Cijfers toegevoegd',
  'figures-changed': 'Cijfers gewijzigd',
  'live-date-changed': 'Startdatum Woonkansboom gewijzigd',
  'exported-all': 'Alle gegevens geëxporteerd',
  'imported-all': 'Alle gegevens geïmporteerd',
  'region-updated': 'Regio-instellingen gewijzigd',
};

export function actionName(action: string): string {
  return actionNames[action] ?? action;
}

const detailNames: Record<string, string> = {
  role: 'rol',
  previousRole: 'was',
  enabled: 'weer actief',
  tokenId: 'token-nummer',
  label: 'naam',
  version: 'versie',
  revision: 'revisie',
  from: 'van versie',
  note: 'toelichting',
  withSecrets: 'met wachtwoord-hashes',
  via: 'via',
  changed: 'gewijzigd',
};

function detailValue(key: string, value: unknown): string {
  if (
    (key === 'role' || key === 'previousRole') &&
    typeof value === 'string' &&
    value in roleNames
  ) {
    return roleNames[value as keyof typeof roleNames];
  }
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** e.g. "rol: Beheerder, was: Redacteur". */
export function detailText(entry: AuditEntry): string {
  return Object.entries(entry.detail)
    .map(([key, value]) => `${detailNames[key] ?? key}: ${detailValue(key, value)}`)
    .join(', ');
}
