// The Store over Kysely: the same queries for SQLite and PostgreSQL, with the
// few dialect-specific parts behind StoreDialect.
import type { Kysely } from 'kysely';
import { accountStore } from './account-store.ts';
import { auditStore } from './audit-store.ts';
import { backupStore } from './backup-store.ts';
import type { Database } from './database.ts';
import { evaluationStore } from './evaluation-store.ts';
import { figureStore } from './figure-store.ts';
import { migrateToLatest } from './migrate-to-latest.ts';
import { regionStore } from './region-store.ts';
import type { Store } from './store.ts';
import type { StoreDialect } from './store-dialect.ts';
import { treeStore } from './tree-store.ts';
import { usageStore } from './usage-store.ts';

export function kyselyStore(
  db: Kysely<Database>,
  dialect: StoreDialect,
  onMigrated: (names: string[]) => void = () => {},
): Store {
  let closed: Promise<void> | undefined;
  return {
    kind: dialect.kind,
    async migrate() {
      onMigrated(await migrateToLatest(db));
    },
    close() {
      closed ??= dialect.close().then(() => db.destroy());
      return closed;
    },
    ...treeStore(db, dialect),
    ...accountStore(db, dialect),
    ...auditStore(db),
    ...backupStore(db),
    ...evaluationStore(db, dialect),
    ...usageStore(db, dialect),
    ...figureStore(db, dialect),
    ...regionStore(db, dialect),
    watchPublished: (listener) => dialect.watchPublished(db, listener),
  };
}
