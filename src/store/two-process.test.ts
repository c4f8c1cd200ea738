// Several processes on one store, as several app servers on one PostgreSQL,
// or the CLI next to the server on the embedded SQLite file.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../../test/store/test-databases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./store-process.fixture.ts', import.meta.url));

interface Running {
  /** Closes the child's stdin (opened with `input`). */
  endInput(): void;
  /** Resolves with the first stdout line matching `pattern`, already printed or still to come. */
  line(pattern: RegExp): Promise<string>;
  /** Resolves with the exit code and everything written to stdout and stderr. */
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function run(command: string[], env: NodeJS.ProcessEnv = process.env, input?: string): Running {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...command], {
    cwd: root,
    env,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  child.stdin?.write(input ?? '');
  let stdout = '';
  let stderr = '';
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  if (!child.stdout) throw new Error('no stdout');
  createInterface({ input: child.stdout }).on('line', (line) => {
    stdout += `${line}\n`;
    lines.push(line);
    for (const wait of waiting.filter((candidate) => candidate.pattern.test(line))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(line);
    }
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = once(child, 'close').then(([code]) => ({
    code: code as number | null,
    stdout,
    stderr,
  }));
  return {
    endInput: () => child.stdin?.end(),
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((line) => pattern.test(line));
        if (seen !== undefined) return resolve(seen);
        waiting.push({ pattern, resolve });
        done.then(({ code }) =>
          reject(new Error(`exited (${code}) before ${pattern}:\n${stdout}${stderr}`)),
        );
      }),
    done,
  };
}

const storeProcess = (database: TestDatabase, ...args: string[]) =>
  run(
    [fixture, JSON.stringify(database.options), ...args],
    process.env,
    args[0] === 'write' ? '' : undefined,
  );

async function succeeded(process: Running): Promise<string> {
  const { code, stdout, stderr } = await process.done;
  assert.equal(code, 0, `${stdout}${stderr}`);
  assert.doesNotMatch(stderr, /SQLITE_BUSY|database is locked/);
  return stdout;
}

function twoProcessSuite(kind: string, createDatabase: () => Promise<TestDatabase>, skip?: string) {
  describe(`Several processes on one ${kind} store`, { skip }, () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await createDatabase();
    });
    afterEach(() => database.dispose());

    it('reports a publish in one process to the watcher in another within 2 seconds', async () => {
      const watcher = storeProcess(database, 'watch', 'woonkans');
      await watcher.line(/^ready$/);
      const publisher = storeProcess(database, 'publish', 'woonkans', '1');
      const published = Number((await publisher.line(/^published /)).split(' ')[2]);
      const heard = Number((await watcher.line(/^heard /)).split(' ')[1]);
      assert.ok(heard - published < 2000, `heard after ${heard - published} ms`);
      await Promise.all([succeeded(watcher), succeeded(publisher)]);
    });

    it('gives two processes publishing at once distinct version numbers, migrating once', async () => {
      const publishers = [1, 2].map(() => storeProcess(database, 'publish', 'woonkans', '15'));
      const outputs = await Promise.all(publishers.map(succeeded));
      const versions = outputs
        .flatMap((output) => output.match(/^published \d+/gm) ?? [])
        .map((line) => Number(line.split(' ')[1]))
        .sort((a, b) => a - b);
      assert.deepEqual(
        versions,
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      const store = await database.open();
      assert.equal((await store.versions('woonkans')).length, 30);
      await store.close();
    });
  });
}

twoProcessSuite('SQLite', async () => sqliteTestDatabase());
twoProcessSuite('PostgreSQL', postgresTestDatabase, await postgresUnavailable());

describe('The CLI next to a running server on the SQLite store', () => {
  let database: TestDatabase;
  beforeEach(() => {
    database = sqliteTestDatabase();
  });
  afterEach(() => database.dispose());

  it('writes while the server process holds the store open and writes, without SQLITE_BUSY', async () => {
    const writers = [1, 2].map(() => storeProcess(database, 'write', 'woonkans'));
    await Promise.all(writers.map((writer) => writer.line(/^writing$/)));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: database.options.dataDir };
    delete env.DATABASE_URL;
    const cli = async (input: string | undefined, ...args: string[]) => {
      const command = run(['src/cli/main.ts', ...args], env, input);
      command.endInput();
      await succeeded(command);
    };
    await cli(undefined, 'migrate');
    await cli('een lang wachtwoord\n', 'user', 'add', 'bea@x.nl', '--role', 'beheerder');
    await cli(undefined, 'token', 'create', 'bea@x.nl');
    for (const writer of writers) writer.endInput();
    const rounds = (await Promise.all(writers.map(succeeded))).map((output) =>
      Number(output.match(/^written (\d+)/m)?.[1]),
    );
    const total = (rounds[0] ?? 0) + (rounds[1] ?? 0);
    const store = await database.open();
    assert.equal((await store.versions('woonkans')).length, total);
    assert.equal((await store.auditLog({ limit: total + 10 })).length, total + 2);
    assert.equal((await store.userByEmail('bea@x.nl'))?.role, 'beheerder');
    await store.close();
  });
});
