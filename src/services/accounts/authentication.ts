// Who is asking, for the beheer pages and the admin API: signing in with an
// e-mail address and password, signing out, and the user behind a session
// token or an API token. Sign-ins, failed ones and sign-outs are audited
// here. Throttling and cookies are the web's (they depend on the client).
import type { Store, UserRecord } from '../../store/store.ts';
import { hashPassword, isOneTimeHash, verifyPassword } from './password-hash.ts';
import { hashToken, newToken } from './secret-token.ts';
import {
  activeSession,
  endSession,
  type SessionPolicy,
  sessionPolicy,
  startSession,
} from './sessions.ts';

export type SignInResult =
  | { status: 'signed-in'; user: UserRecord; sessionToken: string }
  | { status: 'refused' };

export interface SessionUser {
  user: UserRecord;
  /** Signed in with a one-time password: a new password comes before anything else. */
  mustChangePassword: boolean;
}

export class Authentication {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    readonly policy: SessionPolicy = sessionPolicy(),
  ) {}

  /**
   * A new session for the right password of an active user. A wrong address,
   * a wrong password and a blocked account get the same refusal in about the
   * same time, so nobody learns who has an account. `replacing` is the
   * session the browser had: it ends, never becomes the new one (fixation).
   */
  async signIn(email: string, password: string, replacing?: string): Promise<SignInResult> {
    const user = await this.store.userByEmail(email);
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await this.unknownUserHash()),
      password,
    );
    if (!user || user.passwordHash === null || user.disabledAt !== null || !passwordOk) {
      await this.store.audit({ actor: null, action: 'login-failed', subject: email, detail: {} });
      return { status: 'refused' };
    }
    if (replacing !== undefined) await endSession(this.store, replacing);
    const sessionToken = await startSession(this.store, user.id, this.now());
    await this.store.audit({ actor: user.email, action: 'login', subject: user.email, detail: {} });
    return { status: 'signed-in', user, sessionToken };
  }

  /** Ends the session, if any; `email` is who was signed in with it, for the audit log. */
  async signOut(sessionToken: string | undefined, email: string | undefined): Promise<void> {
    if (sessionToken !== undefined) await endSession(this.store, sessionToken);
    if (email !== undefined) {
      await this.store.audit({ actor: email, action: 'logout', subject: email, detail: {} });
    }
  }

  /** A new session for a user who proved who they are another way (a password just changed). */
  startSession(userId: number): Promise<string> {
    return startSession(this.store, userId, this.now());
  }

  /** The active user of a live session; the session of a blocked user is ended. */
  async sessionUser(sessionToken: string): Promise<SessionUser | undefined> {
    const session = await activeSession(this.store, sessionToken, this.now(), this.policy);
    const user = session && (await this.store.userById(session.userId));
    if (!session || !user || user.disabledAt !== null) {
      if (session) await this.store.deleteSession(session.tokenHash);
      return undefined;
    }
    return { user, mustChangePassword: isOneTimeHash(user.passwordHash) };
  }

  /** The active user of an API token that is not revoked, noting when it was used. */
  async tokenUser(apiToken: string): Promise<UserRecord | undefined> {
    const record = await this.store.tokenByHash(hashToken(apiToken));
    if (!record || record.revokedAt !== null) return undefined;
    const user = await this.store.userById(record.userId);
    if (!user || user.disabledAt !== null) return undefined;
    await this.store.touchToken(record.id, this.now().toISOString());
    return user;
  }

  /** Checked against for unknown addresses, so they take as long as known ones. */
  private unknownUserHash(): Promise<string> {
    this.dummyHash ??= hashPassword(newToken());
    return this.dummyHash;
  }
}
