// The embedded store holds password hashes and respondents'
// answers, so its file, WAL and shared memory are readable by the server's
// user only; and commits are synced (synchronous=FULL), so an acknowledged
// answer survives a power loss, not only a process crash.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openStore, sqliteFileName } from './open-store.ts';
import { openSqliteDatabase } from './sqlite-dialect.ts';

const root = mkdtempSync(join(tmpdir(), 'wkb-durable-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('the SQLite file', () => {
  it('and its WAL and SHM are created 0600, even under a permissive umask', async () => {
    const previous = process.umask(0o022);
    const dataDir = join(root, 'data');
    try {
      const store = await openStore({ dataDir });
      await store.createUser({ email: 'a@woonkans.test', role: 'beheerder', passwordHash: null });
      const file = join(dataDir, sqliteFileName);
      for (const name of [file, `${file}-wal`, `${file}-shm`]) {
        assert.ok(existsSync(name), `${name} exists`);
        assert.equal((statSync(name).mode & 0o777).toString(8), '600', name);
      }
      assert.equal((statSync(dataDir).mode & 0o777).toString(8), '700');
      await store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('is written with synchronous=FULL', async () => {
    const db = openSqliteDatabase(join(root, 'sync.sqlite'));
    try {
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
      assert.equal(rows[0]?.synchronous, 2, 'FULL');
    } finally {
      await db.destroy();
    }
  });
});
