// The built server (as `npm start` runs it) with a malformed setting
// (EMBED_ORIGINS, TRUSTED_PROXIES, PUBLIC_URL): it must stop at once with one
// line that names the variable and the bad entry — no stack trace to read
// through — before it creates a store.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'dist/server/main.mjs');
const folder = mkdtempSync(join(tmpdir(), 'wkb-start-up-'));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('starting with a malformed setting', () => {
  for (const [name, value] of [
    ['EMBED_ORIGINS', 'intranet.example.nl'],
    ['EMBED_ORIGINS', 'https://intranet.example.nl/pad'],
    ['EMBED_ORIGINS', 'ftp://x.nl'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['TRUSTED_PROXIES', 'proxy.example.nl'],
    ['PUBLIC_URL', 'woonkansboom.example.nl'],
    ['PUBLIC_URL', 'https://woonkansboom.example.nl/pad'],
  ] as const) {
    it(`stops with one clear line and exit 1: ${name}="${value}"`, () => {
      assert.ok(existsSync(bundle), `${bundle} is missing: run npm run build first`);
      const dataDir = join(folder, 'data');
      const { DATABASE_URL: _ignored, ...env } = process.env;
      const result = spawnSync(process.execPath, ['--enable-source-maps', bundle], {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, [name]: value },
      });
      assert.equal(result.status, 1, `${result.stdout}${result.stderr}`);
      assert.equal(result.stdout, '');
      const lines = result.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.ok(lines[0]?.startsWith(`${name}: `), lines[0]);
      assert.ok(lines[0]?.includes(`"${value}"`), lines[0]);
      assert.equal(existsSync(dataDir), false, 'no store was made');
    });
  }
});
