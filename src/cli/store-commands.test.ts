import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { verifyPassword } from '../services/accounts/password-hash.ts';
import { hashToken } from '../services/accounts/secret-token.ts';
import { openStore } from '../store/open-store.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'woonkansboom-cli-store-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

const password = 'lange wachtzin van Bea 2026';

function cli(
  args: string[],
  input = '',
  folder = dataDir,
): { status: number | null; stdout: string; stderr: string; output: string } {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...env, DATA_DIR: folder },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}${result.stderr}`,
  };
}

async function inStore<T>(use: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>) {
  const store = await openStore({ dataDir });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

describe('woonkansboom store commands', () => {
  it('migrates a new store, then reports it is up to date', () => {
    const first = cli(['migrate']);
    assert.equal(first.status, 0, first.output);
    assert.match(first.output, /Store: SQLite .*woonkansboom\.sqlite/);
    assert.match(first.output, /Applied migration 0001-initial/);
    const second = cli(['migrate']);
    assert.equal(second.status, 0, second.output);
    assert.match(second.output, /Already up to date/);
  });

  it('adds a user with the password from stdin, hashed with argon2id, and audits it', async () => {
    const { status, output } = cli(
      ['user', 'add', 'Bea@Woonkans.nl', '--role', 'beheerder'],
      `${password}\nrest\n`,
    );
    assert.equal(status, 0, output);
    assert.match(output, /Created beheerder bea@woonkans\.nl/);
    assert.doesNotMatch(output, new RegExp(password));
    await inStore(async (store) => {
      const user = await store.userByEmail('bea@woonkans.nl');
      assert.equal(user?.role, 'beheerder');
      assert.match(user?.passwordHash ?? '', /^\$argon2id\$/);
      assert.ok(await verifyPassword(user?.passwordHash ?? '', password));
      assert.ok(!(await verifyPassword(user?.passwordHash ?? '', 'rest')));
      const [entry] = await store.auditLog({ limit: 1 });
      assert.deepEqual([entry?.action, entry?.subject], ['user-created', 'bea@woonkans.nl']);
    });
  });

  it('sets a new password from stdin for an existing user, ends their sessions and audits it', async () => {
    const newPassword = 'een nieuwe lange wachtzin 2027';
    const sessionUser = await inStore(async (store) => {
      const user = await store.userByEmail('bea@woonkans.nl');
      assert.ok(user);
      const at = new Date().toISOString();
      await store.createSession({
        tokenHash: 'x'.repeat(43),
        userId: user.id,
        createdAt: at,
        lastSeenAt: at,
      });
      return user;
    });
    const weak = cli(['user', 'password', 'bea@woonkans.nl'], 'Wachtwoord123\n');
    assert.equal(weak.status, 1);
    const unknown = cli(['user', 'password', 'niemand@woonkans.nl'], `${newPassword}\n`);
    assert.equal(unknown.status, 1);
    assert.match(unknown.output, /no user/);
    const { status, output } = cli(['user', 'password', 'BEA@woonkans.nl'], `${newPassword}\n`);
    assert.equal(status, 0, output);
    assert.doesNotMatch(output, new RegExp(newPassword));
    await inStore(async (store) => {
      const user = await store.userById(sessionUser.id);
      assert.ok(await verifyPassword(user?.passwordHash ?? '', newPassword));
      assert.equal(await store.session('x'.repeat(43)), undefined, 'sessions ended');
      const [entry] = await store.auditLog({ limit: 1 });
      assert.deepEqual([entry?.action, entry?.subject], ['password-set', 'bea@woonkans.nl']);
    });
    // Back to the password the later tests expect.
    assert.equal(cli(['user', 'password', 'bea@woonkans.nl'], `${password}\n`).status, 0);
  });

  it('says so when user add makes a new, empty store, and asks whether the server uses another DATA_DIR', () => {
    const elsewhere = join(dataDir, 'andere-map');
    const first = cli(
      ['user', 'add', 'kim@woonkans.nl', '--role', 'analist'],
      `${password}\n`,
      elsewhere,
    );
    assert.equal(first.status, 0, first.output);
    const notice = first.stderr.trim().split('\n');
    assert.equal(notice.length, 2, first.stderr);
    assert.match(notice[0] ?? '', /^Nieuwe, lege opslag gemaakt: /);
    assert.ok(notice[0]?.includes(join(elsewhere, 'woonkansboom.sqlite')), notice[0]);
    assert.match(notice[1] ?? '', /Gebruikt de server een andere DATA_DIR\?/);
    assert.match(first.stdout, /Created analist kim@woonkans\.nl/);
    const again = cli(
      ['user', 'add', 'lot@woonkans.nl', '--role', 'analist'],
      `${password}\n`,
      elsewhere,
    );
    assert.equal(again.status, 0, again.output);
    assert.equal(again.stderr, '', 'a store that was there is not new');
  });

  it('refuses an existing user in any letter case with exit 1', () => {
    const { status, output } = cli(
      ['user', 'add', 'BEA@woonkans.nl', '--role', 'redacteur'],
      `${password}\n`,
    );
    assert.equal(status, 1);
    assert.match(output, /already exists/);
  });

  it('refuses a password shorter than 12 characters, only whitespace, a common one, or none, with exit 1', () => {
    const short = cli(['user', 'add', 'rik@woonkans.nl', '--role', 'redacteur'], 'elf tekens!\n');
    assert.equal(short.status, 1);
    assert.match(short.output, /at least 12 characters/);
    const emoji = cli(
      ['user', 'add', 'rik@woonkans.nl', '--role', 'redacteur'],
      `${'🏠'.repeat(11)}\n`,
    );
    assert.equal(emoji.status, 1, 'eleven emoji are eleven characters');
    const spaces = cli(
      ['user', 'add', 'rik@woonkans.nl', '--role', 'redacteur'],
      `${' '.repeat(12)}\n`,
    );
    assert.equal(spaces.status, 1);
    assert.match(spaces.output, /only whitespace/);
    const common = cli(
      ['user', 'add', 'rik@woonkans.nl', '--role', 'redacteur'],
      'Wachtwoord123\n',
    );
    assert.equal(common.status, 1);
    assert.match(common.output, /common one/);
    const none = cli(['user', 'add', 'rik@woonkans.nl', '--role', 'redacteur']);
    assert.equal(none.status, 1);
    assert.match(none.output, /No password on standard input/);
  });

  it('refuses a bad e-mail address, an unknown or missing role with exit 2 and the usage', () => {
    const cases: [string[], RegExp][] = [
      [
        ['user', 'add', 'rik@woonkans', '--role', 'redacteur'],
        /"rik@woonkans" is not an e-mail address/,
      ],
      [['user', 'add', 'rik@woonkans.nl', '--role', 'baas'], /Unknown role "baas"/],
      [['user', 'add', 'rik@woonkans.nl'], /Missing --role/],
      [['user', 'add', 'rik@woonkans.nl', '--role', 'redacteur', password], /Unexpected argument/],
    ];
    for (const [args, message] of cases) {
      const { status, output } = cli(args, `${password}\n`);
      assert.equal(status, 2, output);
      assert.match(output, message);
      assert.match(output, /Usage: woonkansboom user add <email> --role/);
    }
  });

  it('prints an API token once that the store finds by its hash, and audits it', async () => {
    const { status, stdout, output } = cli([
      'token',
      'create',
      'bea@woonkans.nl',
      '--label',
      'koppeling',
    ]);
    assert.equal(status, 0, output);
    const token = stdout.trim();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    await inStore(async (store) => {
      const record = await store.tokenByHash(hashToken(token));
      const user = await store.userByEmail('bea@woonkans.nl');
      assert.equal(record?.userId, user?.id);
      assert.equal(record?.label, 'koppeling');
      assert.equal(await store.tokenByHash(token), undefined);
      const [entry] = await store.auditLog({ limit: 1 });
      assert.deepEqual([entry?.action, entry?.subject], ['token-created', 'bea@woonkans.nl']);
      assert.doesNotMatch(JSON.stringify(entry), new RegExp(token));
    });
  });

  it('refuses a token for an unknown user with exit 1', () => {
    const { status, output } = cli(['token', 'create', 'niemand@woonkans.nl']);
    assert.equal(status, 1);
    assert.match(output, /No user with e-mail address niemand@woonkans\.nl/);
  });
});
