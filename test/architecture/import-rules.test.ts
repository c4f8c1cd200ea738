// The import rules of .dependency-cruiser.cjs (which layer may use which),
// checked on every TypeScript file of the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

it('keeps every import inside the layers of .dependency-cruiser.cjs', async () => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\n')
    .filter((file) => /^(src|test|bench|scripts)\//.test(file));
  assert.ok(files.length > 300, `only ${files.length} files found`);
  const configuration = require(`${root}.dependency-cruiser.cjs`);
  process.chdir(root);
  const { output } = await cruise(files, {
    ...configuration.options,
    ruleSet: { forbidden: configuration.forbidden },
    validate: true,
  });
  const result = output as ICruiseResult;
  const violations = result.summary.violations.map(
    (violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`,
  );
  assert.deepEqual(violations, []);
  assert.ok(result.summary.totalCruised >= files.length, 'every file was read');
});
