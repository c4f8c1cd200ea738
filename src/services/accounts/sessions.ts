// Sign-in sessions: a random token for the browser, only its SHA-256 in the
// store, an idle timeout and an absolute lifetime. The cookie that carries
// the token is the web's business (src/web/auth/session.ts).
import type { SessionRecord, Store } from '../../store/store.ts';
import { hashToken, newToken } from './secret-token.ts';

export interface SessionPolicy {
  /** A session not used for this long ends (env SESSION_IDLE_MINUTES, default 30). */
  idleMs: number;
  /** A session ends this long after sign-in, used or not (12 hours). */
  absoluteMs: number;
}

const minute = 60_000;
const touchEveryMs = 1000;

export function sessionPolicy(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  const idleMinutes = Number(env.SESSION_IDLE_MINUTES);
  return {
    idleMs: (Number.isFinite(idleMinutes) && idleMinutes > 0 ? idleMinutes : 30) * minute,
    absoluteMs: 12 * 60 * minute,
  };
}

/** Starts a new session (never reuses one: session fixation) and returns its token for the cookie. */
export async function startSession(store: Store, userId: number, now: Date): Promise<string> {
  const token = newToken();
  const at = now.toISOString();
  await store.createSession({ tokenHash: hashToken(token), userId, createdAt: at, lastSeenAt: at });
  return token;
}

/** Only tokens that look like ours are looked up; anything else is no session. */
const tokenShape = /^[A-Za-z0-9_-]{16,200}$/;

/**
 * The live session for a cookie value, touched as used; an expired session is
 * deleted and gives undefined.
 */
export async function activeSession(
  store: Store,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionRecord | undefined> {
  if (!tokenShape.test(token)) return undefined;
  const tokenHash = hashToken(token);
  const session = await store.session(tokenHash);
  if (!session) return undefined;
  const idle = now.getTime() - Date.parse(session.lastSeenAt);
  const age = now.getTime() - Date.parse(session.createdAt);
  if (idle > policy.idleMs || age > policy.absoluteMs) {
    await store.deleteSession(tokenHash);
    return undefined;
  }
  // The idle time counts from the real last request (to the second): a lastSeen
  // touched only once a minute ended sessions in use (and never worked for
  // SESSION_IDLE_MINUTES under 1). Beheer traffic is a few people: one small
  // write a second per session at most is cheap.
  if (idle >= touchEveryMs) await store.touchSession(tokenHash, now.toISOString());
  return session;
}

export async function endSession(store: Store, token: string): Promise<void> {
  if (tokenShape.test(token)) await store.deleteSession(hashToken(token));
}
