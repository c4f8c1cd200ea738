// The embedded store: one better-sqlite3 connection per process, WAL so
// readers never wait for the writer, busy_timeout so a second process (the
// CLI next to the server) waits its turn instead of failing with SQLITE_BUSY.
import { chmodSync, closeSync, openSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  Kysely,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Database } from './database.ts';
import { NulFreePlugin } from './nul-free-plugin.ts';
import { publishedSnapshot, treesPublishedSince } from './published-snapshot.ts';
import type { StoreDialect } from './store-dialect.ts';

const busyTimeoutMs = 5000;
const pollIntervalMs = 500;

/** SQLite's DDL is transactional: saying so makes the migrator run pending migrations in one transaction. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * BEGIN IMMEDIATE takes the write lock up front, waiting up to busy_timeout.
 * A plain BEGIN would read first and then fail at once with SQLITE_BUSY when
 * another process wrote in between (a read lock cannot be upgraded).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** Opens (and creates) the file, or an in-memory database for `:memory:`. */
export function openSqliteDatabase(file: string): Kysely<Database> {
  // Accounts, session hashes and respondents' answers: only the server's user may read them.
  // SQLite creates the -wal and -shm files with the mode of the database file.
  if (file !== ':memory:') {
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  }
  const database = new SqliteDatabase(file, { timeout: busyTimeoutMs });
  database.pragma('journal_mode = WAL');
  // FULL: each commit is synced to disk before it returns, so an acknowledged
  // evaluation answer also survives a power loss (NORMAL only survives a crash).
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  const dialect: Dialect = {
    createAdapter: () => new TransactionalDdlSqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database }),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
  return new Kysely<Database>({ dialect, plugins: [new NulFreePlugin()] });
}

/** Other processes write to the same file without telling us: poll the latest versions. */
export function sqliteStoreDialect(): StoreDialect {
  const watchers = new Set<() => void>();
  return {
    kind: 'sqlite',
    lockTree: async () => {},
    announcePublished: async () => {},
    async watchPublished(db, listener) {
      let known = await publishedSnapshot(db);
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        clearTimeout(timer);
        timer = undefined;
        watchers.delete(stop);
      };
      const poll = async () => {
        const now = await publishedSnapshot(db).catch(() => known);
        if (!watchers.has(stop)) return;
        for (const treeId of treesPublishedSince(known, now)) listener(treeId);
        known = now;
        timer = setTimeout(poll, pollIntervalMs).unref();
      };
      watchers.add(stop);
      timer = setTimeout(poll, pollIntervalMs).unref();
      return stop;
    },
    isUniqueViolation: (error) =>
      error instanceof SqliteDatabase.SqliteError &&
      (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE'),
    async close() {
      for (const stop of [...watchers]) stop();
    },
  };
}
