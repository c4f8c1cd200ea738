// The tables as Kysely sees them (snake_case, as stored). Timestamps are ISO
// 8601 UTC text and content is JSON text, so one schema fits SQLite and
// PostgreSQL alike; the store maps rows to the records of store.ts.
import type { Generated } from 'kysely';
import type { EvaluationTables } from './evaluation-tables.ts';
import type { FigureTables } from './figure-tables.ts';
import type { UsageTables } from './usage-tables.ts';

export interface TreeDraftTable {
  tree_id: string;
  content: string;
  revision: number;
  updated_at: string;
  updated_by: string | null;
}

export interface TreeVersionTable {
  tree_id: string;
  version: number;
  content: string;
  published_at: string;
  published_by: string | null;
  note: string;
  /** YYYY-MM-DD (Europe/Amsterdam); NULL for versions from before effective dates: their publish day. */
  geldig_vanaf: string | null;
  geldt_voor_ontruimingen_vanaf: string | null;
}

/** A scheduled version withdrawn before it took effect (append-only). */
export interface TreeVersionCancellationTable {
  tree_id: string;
  version: number;
  cancelled_at: string;
  cancelled_by: string | null;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  label: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  subject: string | null;
  detail: string;
}

/** A region of the install (only the main store's rows are read). */
export interface RegionTable {
  id: string;
  definition: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface Database extends EvaluationTables, UsageTables, FigureTables {
  regions: RegionTable;
  tree_drafts: TreeDraftTable;
  tree_versions: TreeVersionTable;
  tree_version_cancellations: TreeVersionCancellationTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
}
