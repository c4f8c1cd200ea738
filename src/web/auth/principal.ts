// Who is asking: set by the auth middleware from a session cookie or a bearer
// token, read by routes through `c.get('principal')`.
import type { Role } from '../../store/store.ts';
import type { ClientInfo } from '../forwarded.ts';

export interface Principal {
  userId: number;
  email: string;
  role: Role;
  /** How the request was authenticated; CSRF checks apply to sessions only. */
  via: 'session' | 'token';
  /** Signed in with a one-time password: only /beheer/account until a new one is chosen. */
  mustChangePassword?: boolean;
}

export type AppEnv = {
  Variables: {
    principal: Principal | undefined;
    /** The CSRF token of the session, for forms. */
    csrfToken: string | undefined;
    /** The client's address and scheme (TRUSTED_PROXIES applied); see client-address.ts. */
    client: ClientInfo | undefined;
    /** The origin for absolute links (PUBLIC_URL when set). */
    origin: string | undefined;
  };
};

/** Which roles may do what (SPEC §2). */
export const permissions = {
  editDrafts: ['redacteur', 'beheerder'],
  preview: ['redacteur', 'beheerder'],
  publish: ['beheerder'],
  /** SPEC §11: only a beheerder confirms the source of a statement. */
  confirmSources: ['beheerder'],
  rollback: ['beheerder'],
  importDraft: ['redacteur', 'beheerder'],
  manageUsers: ['beheerder'],
  readAudit: ['beheerder'],
  readStatistics: ['analist', 'beheerder'],
  manageEvaluation: ['beheerder'],
  editFigures: ['beheerder'],
  /** The region's name, municipalities and look (`/beheer/regio`). */
  manageRegion: ['beheerder'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function may(principal: Principal | undefined, permission: Permission): boolean {
  return (
    principal !== undefined && (permissions[permission] as readonly Role[]).includes(principal.role)
  );
}
