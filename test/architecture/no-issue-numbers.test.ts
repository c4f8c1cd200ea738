// Comments and folder maps give the reason itself, never "issue N": the issue
// tracker is not part of the repository, so such a pointer leads nowhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('names no issue numbers in code, tests or folder maps', () => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'test', 'bench', 'scripts'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\n')
    .filter((file) => /\.(ts|md|css)$/.test(file));
  const pattern = /\bissues? \d+/i;
  const found = files.flatMap((file) =>
    readFileSync(`${root}${file}`, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
  assert.deepEqual(found, []);
});

// The README and the performance notes are read by people who have only the
// repository: no issue numbers, review findings or sections of a specification
// that is not in it. (docs/decisions.md is a dated log and keeps what it said.)
it('cites no issue, review finding or SPEC section in the README or docs/performance.md', () => {
  const pattern = /\bissues? \d+|\breview D\d+|\bSPEC\b/i;
  const found = ['README.md', 'docs/performance.md'].flatMap((file) =>
    readFileSync(`${root}${file}`, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
  assert.deepEqual(found, []);
});
