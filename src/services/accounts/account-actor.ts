// Who acts on an account, and how that shows in the audit log: a signed-in
// user by e-mail address; someone at the command line as nobody
// (`actor: null`) with `via: 'cli'` in the detail.
import type { NewAuditEntry } from '../../store/store.ts';

export interface UserActor {
  userId: number;
  email: string;
}

export type AccountActor = UserActor | { via: 'cli' };

export const commandLine: AccountActor = { via: 'cli' };

export function auditEntry(
  actor: AccountActor,
  action: string,
  subject: string,
  detail: Record<string, unknown>,
): NewAuditEntry {
  return {
    actor: 'email' in actor ? actor.email : null,
    action,
    subject,
    detail: 'via' in actor ? { ...detail, via: actor.via } : detail,
  };
}

/** True when the user acts on their own account. */
export function isSelf(actor: AccountActor, userId: number): boolean {
  return 'userId' in actor && actor.userId === userId;
}
