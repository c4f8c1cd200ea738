// What differs between SQLite and PostgreSQL once the query builder is shared:
// how a publish is serialised and announced, how other processes hear of it,
// and what a unique-key violation looks like.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

export interface StoreDialect {
  readonly kind: 'sqlite' | 'postgres';
  /** Serialises publishes of one tree inside `trx` (PostgreSQL); SQLite's BEGIN IMMEDIATE already does. */
  lockTree(trx: Transaction<Database>, treeId: string): Promise<void>;
  /** Tells other processes, delivered when `trx` commits (PostgreSQL NOTIFY); SQLite is polled instead. */
  announcePublished(trx: Transaction<Database>, treeId: string, version: number): Promise<void>;
  watchPublished(db: Kysely<Database>, listener: (treeId: string) => void): Promise<() => void>;
  isUniqueViolation(error: unknown): boolean;
  /** Stops the watchers; the store destroys the Kysely instance afterwards. */
  close(): Promise<void>;
}
