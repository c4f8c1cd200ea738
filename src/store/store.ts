// The one small interface every persistence adapter implements (embedded
// SQLite by default, PostgreSQL when DATABASE_URL is set). Records are plain
// data; content (trees, scenarios) is stored as JSON exactly as given.
// Evaluation, usage and figures are declared in their own files.
import type { PlainDate } from '../core/dates/plain-date.ts';
import type { BackupMethods } from './backup-store.ts';
import type { EvaluationMethods } from './evaluation-store.ts';
import type { FigureMethods } from './figure-store.ts';
import type { RegionMethods } from './region-store.ts';
import type { UsageMethods } from './usage-store.ts';

export type Role = 'redacteur' | 'beheerder' | 'analist';
export const roles: readonly Role[] = ['redacteur', 'beheerder', 'analist'];

/** What a draft or a version holds: a tree and its scenario file, as JSON values. */
export interface TreeContent {
  tree: unknown;
  scenarios: unknown;
}

export interface DraftRecord {
  treeId: string;
  content: TreeContent;
  /** Goes up by one on every save; a save names the revision it was based on. */
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface VersionSummary {
  treeId: string;
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  note: string;
  /** The Europe/Amsterdam day from which this version is in force. */
  geldigVanaf: PlainDate;
  /** Overgangsrecht: evictions before this day keep the version in force before. */
  geldtVoorOntruimingenVanaf?: PlainDate;
  /** Set when a scheduled version was withdrawn before it took effect. */
  cancelled?: { at: string; by: string | null };
}

/** When a new version takes effect; the day of publishing when left out. */
export interface EffectiveDates {
  geldigVanaf?: PlainDate;
  geldtVoorOntruimingenVanaf?: PlainDate;
}

/** One version in a joint publish. */
export interface PublishEntry extends EffectiveDates {
  treeId: string;
  content: TreeContent;
  note: string;
}

export interface VersionRecord extends VersionSummary {
  content: TreeContent;
}

export type SaveDraftResult =
  | { ok: true; draft: DraftRecord }
  | { ok: false; current: DraftRecord };

export interface UserRecord {
  id: number;
  email: string;
  role: Role;
  passwordHash: string | null;
  createdAt: string;
  disabledAt: string | null;
}

export interface SessionRecord {
  /** SHA-256 of the session token; the token itself is never stored. */
  tokenHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
}

export interface TokenRecord {
  id: number;
  userId: number;
  /** SHA-256 of the API token. */
  tokenHash: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  /** The e-mail address of who did it, or null for the system / an unknown user. */
  actor: string | null;
  /** e.g. `login`, `login-failed`, `draft-saved`, `published`, `rolled-back`, `imported`, `user-created`. */
  action: string;
  /** What it was done to, e.g. a tree id or an e-mail address. */
  subject: string | null;
  detail: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: string };

export interface Store
  extends EvaluationMethods,
    UsageMethods,
    FigureMethods,
    BackupMethods,
    RegionMethods {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // Trees: one draft and immutable published versions per tree. The shared
  // rules are kept the same way under the reserved id `sharedRulesId`;
  // `treeIds` and `latestVersions` leave them out.
  treeIds(): Promise<string[]>;
  /** Creates draft (revision 1) and version 1 from default content, for trees that do not exist yet. */
  seedTrees(
    defaults: { treeId: string; content: TreeContent }[],
    actor: string | null,
    /** The day version 1 takes effect; today when left out. */
    geldigVanaf?: PlainDate,
  ): Promise<string[]>;
  /** The highest-numbered version of every tree that was not cancelled. */
  latestVersions(): Promise<VersionRecord[]>;
  version(treeId: string, version: number): Promise<VersionRecord | undefined>;
  /** Every version of one tree, newest number first, cancelled ones marked. */
  versions(treeId: string): Promise<VersionSummary[]>;
  /** Every version of every tree and of the shared rules, without content. */
  allVersions(): Promise<VersionSummary[]>;
  /**
   * Withdraws a version (the service checks that it has not taken effect);
   * false when it does not exist or was withdrawn before. Other processes hear
   * of it as of a publish.
   */
  cancelVersion(treeId: string, version: number, actor: string | null): Promise<boolean>;
  draft(treeId: string): Promise<DraftRecord | undefined>;
  /** Saves when `baseRevision` is the current revision; otherwise returns the current draft. */
  saveDraft(
    treeId: string,
    content: TreeContent,
    baseRevision: number,
    actor: string | null,
  ): Promise<SaveDraftResult>;
  /** Appends the next version number with this content, in one transaction. */
  publish(
    treeId: string,
    content: TreeContent,
    note: string,
    actor: string | null,
    dates?: EffectiveDates,
  ): Promise<VersionRecord>;
  /** Appends the next version of each tree, all in one transaction: all or none. */
  publishTogether(entries: PublishEntry[], actor: string | null): Promise<VersionRecord[]>;

  // Accounts.
  createUser(user: { email: string; role: Role; passwordHash: string | null }): Promise<UserRecord>;
  userByEmail(email: string): Promise<UserRecord | undefined>;
  userById(id: number): Promise<UserRecord | undefined>;
  users(): Promise<UserRecord[]>;
  updateUser(
    id: number,
    change: { role?: Role; passwordHash?: string | null; disabled?: boolean },
  ): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  session(tokenHash: string): Promise<SessionRecord | undefined>;
  touchSession(tokenHash: string, lastSeenAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(userId: number): Promise<void>;

  createToken(token: { userId: number; tokenHash: string; label: string }): Promise<TokenRecord>;
  tokenByHash(tokenHash: string): Promise<TokenRecord | undefined>;
  tokens(userId?: number): Promise<TokenRecord[]>;
  touchToken(id: number, lastUsedAt: string): Promise<void>;
  revokeToken(id: number): Promise<void>;

  // The audit log is append-only: there is no way to change or remove an entry.
  audit(entry: NewAuditEntry): Promise<void>;
  auditLog(options?: { limit?: number; beforeId?: number }): Promise<AuditEntry[]>;

  /**
   * Calls `listener` with the tree id when any process publishes (PostgreSQL:
   * LISTEN/NOTIFY; SQLite: a short poll), within 2 seconds. Returns a stop function.
   */
  watchPublished(listener: (treeId: string) => void): Promise<() => void>;
}
