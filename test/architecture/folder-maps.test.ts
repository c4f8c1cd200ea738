// Every folder under src/ has a README.md whose file map names each of its
// files, so a newcomer finds what a file holds before opening it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function folders(dir: string): string[] {
  const below = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => folders(join(dir, entry.name)));
  return [dir, ...below];
}

it('gives every folder under src/ a README that names all its files', () => {
  const missing: string[] = [];
  for (const folder of folders(join(root, 'src'))) {
    const name = relative(root, folder);
    const readme = join(folder, 'README.md');
    const files = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'README.md')
      .map((entry) => entry.name);
    if (!existsSync(readme)) {
      missing.push(`${name}/README.md is missing`);
      continue;
    }
    const text = readFileSync(readme, 'utf8');
    // Tests may be named together, as `*.test.ts` (each tests the module of its name).
    const testsNamed = text.includes('*.test.ts');
    for (const file of files) {
      if (testsNamed && file.endsWith('.test.ts')) continue;
      if (!text.includes(file)) missing.push(`${name}/README.md does not name ${file}`);
    }
  }
  assert.deepEqual(missing, []);
});
