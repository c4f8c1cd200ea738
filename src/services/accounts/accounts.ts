// What is done to accounts — add a user, change a role, block, passwords,
// API tokens — for the beheer pages and the CLI alike. Plain inputs, typed
// results: a refusal carries problem codes, which the web words in Dutch and
// the CLI in English. Every change is written to the audit log here.
import { type PasswordProblem, passwordProblem } from '../../core/accounts/password-rule.ts';
import type { Store, TokenRecord, UserRecord } from '../../store/store.ts';
import { UserExistsError } from '../../store/user-exists-error.ts';
import { type AccountActor, auditEntry, isSelf } from './account-actor.ts';
import { type AccountProblem, accountProblem } from './account-problem-texts.ts';
import {
  type EmailProblem,
  emailProblem,
  isRole,
  type TokenLabelProblem,
  tokenLabelProblem,
} from './account-rules.ts';
import { newOneTimePassword } from './one-time-password.ts';
import { hashOneTimePassword, hashPassword, verifyPassword } from './password-hash.ts';
import { hashToken, newToken } from './secret-token.ts';

export interface NewUser {
  email: string;
  role: string;
  password: string;
}

export type NewUserProblem =
  | AccountProblem<'email', EmailProblem | 'email-taken'>
  | AccountProblem<'role', 'role-unknown'>
  | AccountProblem<'password', PasswordProblem>;

export type AddUserResult =
  | { status: 'added'; user: UserRecord }
  | { status: 'refused'; problems: NewUserProblem[] };

export interface OwnPasswordChange {
  current: string;
  password: string;
}

export type OwnPasswordProblem =
  | AccountProblem<'current', 'current-missing' | 'current-wrong'>
  | AccountProblem<'password', PasswordProblem | 'same-as-current'>;

/** What a beheerder may not do to their own account (so one beheerder is always left). */
export type SelfProblem = 'self';

type NotFound = { status: 'not-found' };

export class Accounts {
  constructor(private readonly store: Store) {}

  /** The user with this address, in any letter case. */
  findUser(email: string): Promise<UserRecord | undefined> {
    return this.store.userByEmail(email);
  }

  /** What keeps a new user from being added, in the order of the form; empty when nothing does. */
  async newUserProblems(user: NewUser): Promise<NewUserProblem[]> {
    const problems: NewUserProblem[] = [];
    const email = emailProblem(user.email);
    if (email) problems.push(accountProblem('email', email));
    else if (await this.store.userByEmail(user.email)) {
      problems.push(accountProblem('email', 'email-taken'));
    }
    if (!isRole(user.role)) problems.push(accountProblem('role', 'role-unknown'));
    const password = passwordProblem(user.password);
    if (password) problems.push(accountProblem('password', password));
    return problems;
  }

  async addUser(user: NewUser, actor: AccountActor): Promise<AddUserResult> {
    const problems = await this.newUserProblems(user);
    if (problems.length > 0 || !isRole(user.role)) return { status: 'refused', problems };
    let added: UserRecord;
    try {
      added = await this.store.createUser({
        email: user.email,
        role: user.role,
        passwordHash: await hashPassword(user.password),
      });
    } catch (error) {
      // Added by someone else between the check and now.
      if (!(error instanceof UserExistsError)) throw error;
      return { status: 'refused', problems: [accountProblem('email', 'email-taken')] };
    }
    await this.audit(actor, 'user-created', added.email, { role: added.role });
    return { status: 'added', user: added };
  }

  async changeRole(
    userId: number,
    role: string,
    actor: AccountActor,
  ): Promise<
    | { status: 'changed' | 'unchanged' }
    | { status: 'refused'; problem: SelfProblem | 'role-unknown' }
    | NotFound
  > {
    const user = await this.store.userById(userId);
    if (!user) return { status: 'not-found' };
    if (isSelf(actor, user.id)) return { status: 'refused', problem: 'self' };
    if (!isRole(role)) return { status: 'refused', problem: 'role-unknown' };
    if (role === user.role) return { status: 'unchanged' };
    await this.store.updateUser(user.id, { role });
    await this.audit(actor, 'user-changed', user.email, { role, previousRole: user.role });
    return { status: 'changed' };
  }

  /** A blocked user cannot sign in and their API tokens stop working; their sessions end. */
  async block(
    userId: number,
    actor: AccountActor,
  ): Promise<{ status: 'blocked' } | { status: 'refused'; problem: SelfProblem } | NotFound> {
    const user = await this.store.userById(userId);
    if (!user) return { status: 'not-found' };
    if (isSelf(actor, user.id)) return { status: 'refused', problem: 'self' };
    if (user.disabledAt === null) {
      await this.store.updateUser(user.id, { disabled: true });
      await this.audit(actor, 'user-disabled', user.email, {});
    }
    // Also when already blocked: no session of a blocked user may live on.
    await this.store.deleteSessionsOf(user.id);
    return { status: 'blocked' };
  }

  async unblock(userId: number, actor: AccountActor): Promise<{ status: 'unblocked' } | NotFound> {
    const user = await this.store.userById(userId);
    if (!user) return { status: 'not-found' };
    if (user.disabledAt !== null) {
      await this.store.updateUser(user.id, { disabled: false });
      await this.audit(actor, 'user-changed', user.email, { enabled: true });
    }
    return { status: 'unblocked' };
  }

  /**
   * A new password for someone (the CLI's `user password`, e.g. after an
   * import without secrets). All their sessions end.
   */
  async setPassword(
    userId: number,
    password: string,
    actor: AccountActor,
  ): Promise<
    { status: 'set'; user: UserRecord } | { status: 'refused'; problem: PasswordProblem } | NotFound
  > {
    const user = await this.store.userById(userId);
    if (!user) return { status: 'not-found' };
    const problem = passwordProblem(password);
    if (problem) return { status: 'refused', problem };
    await this.store.updateUser(user.id, { passwordHash: await hashPassword(password) });
    await this.store.deleteSessionsOf(user.id);
    await this.audit(actor, 'password-set', user.email, {});
    return { status: 'set', user };
  }

  /** What keeps a user from changing their own password, in the order of the form. */
  async ownPasswordProblems(
    userId: number,
    change: OwnPasswordChange,
  ): Promise<OwnPasswordProblem[]> {
    return (await this.checkOwnPassword(userId, change)).problems;
  }

  /**
   * A user changes their own password; the current one is needed. Every
   * session of theirs ends, also one someone else may have: the caller starts
   * a new one for the browser that asked.
   */
  async changeOwnPassword(
    userId: number,
    change: OwnPasswordChange,
  ): Promise<
    { status: 'changed'; user: UserRecord } | { status: 'refused'; problems: OwnPasswordProblem[] }
  > {
    const { user, problems } = await this.checkOwnPassword(userId, change);
    if (!user || problems.length > 0) return { status: 'refused', problems };
    await this.store.updateUser(user.id, { passwordHash: await hashPassword(change.password) });
    await this.store.deleteSessionsOf(user.id);
    await this.audit({ userId: user.id, email: user.email }, 'password-changed', user.email, {});
    return { status: 'changed', user };
  }

  private async checkOwnPassword(userId: number, { current, password }: OwnPasswordChange) {
    const user = await this.store.userById(userId);
    const problems: OwnPasswordProblem[] = [];
    if (current === '') problems.push(accountProblem('current', 'current-missing'));
    else if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
      problems.push(accountProblem('current', 'current-wrong'));
    }
    const problem = passwordProblem(password);
    if (problem) problems.push(accountProblem('password', problem));
    else if (password === current) problems.push(accountProblem('password', 'same-as-current'));
    return { user, problems };
  }

  /**
   * A one-time password for someone who forgot theirs, returned this once:
   * the old password and every session end, and whoever signs in with it
   * must choose a new password first.
   */
  async resetPassword(
    userId: number,
    actor: AccountActor,
  ): Promise<
    | { status: 'reset'; user: UserRecord; oneTimePassword: string }
    | { status: 'refused'; problem: SelfProblem }
    | NotFound
  > {
    const user = await this.store.userById(userId);
    if (!user) return { status: 'not-found' };
    // One's own password is changed with the current one (changeOwnPassword).
    if (isSelf(actor, user.id)) return { status: 'refused', problem: 'self' };
    const oneTimePassword = newOneTimePassword();
    await this.store.updateUser(user.id, {
      passwordHash: await hashOneTimePassword(oneTimePassword),
    });
    await this.store.deleteSessionsOf(user.id);
    await this.audit(actor, 'password-reset', user.email, {});
    return {
      status: 'reset',
      user: (await this.store.userById(user.id)) ?? user,
      oneTimePassword,
    };
  }

  /**
   * An API token for the admin API, returned this once; only its SHA-256 is
   * stored, and neither reaches the audit log. The label is trimmed and
   * required, except that the CLI may leave it out altogether (undefined).
   */
  async createToken(
    userId: number,
    label: string | undefined,
    actor: AccountActor,
  ): Promise<
    | { status: 'created'; token: string; record: TokenRecord; user: UserRecord }
    | { status: 'refused'; problem: TokenLabelProblem }
    | NotFound
  > {
    const user = await this.store.userById(userId);
    if (!user) return { status: 'not-found' };
    const trimmed = label?.trim() ?? '';
    const problem = label === undefined ? undefined : tokenLabelProblem(trimmed);
    if (problem) return { status: 'refused', problem };
    const token = newToken();
    const record = await this.store.createToken({
      userId: user.id,
      tokenHash: hashToken(token),
      label: trimmed,
    });
    await this.audit(actor, 'token-created', user.email, { tokenId: record.id, label: trimmed });
    return { status: 'created', token, record, user };
  }

  /** Revokes one of this user's tokens; a token of someone else is not found. */
  async revokeToken(
    userId: number,
    tokenId: number,
    actor: AccountActor,
  ): Promise<{ status: 'revoked' | 'already-revoked' } | NotFound> {
    const user = await this.store.userById(userId);
    const token = user && (await this.store.tokens(user.id)).find(({ id }) => id === tokenId);
    if (!user || !token) return { status: 'not-found' };
    if (token.revokedAt !== null) return { status: 'already-revoked' };
    await this.store.revokeToken(token.id);
    await this.audit(actor, 'token-revoked', user.email, { tokenId: token.id, label: token.label });
    return { status: 'revoked' };
  }

  private audit(
    actor: AccountActor,
    action: string,
    subject: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    return this.store.audit(auditEntry(actor, action, subject, detail));
  }
}
