import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { proefTree } from '../../test/support/proef-tree.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'woonkansboom-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function write(name: string, content: unknown): string {
  const file = join(folder, name);
  writeFileSync(file, typeof content === 'string' ? content : stringify(content));
  return file;
}

const scenario = {
  name: 'Past bij het tweedekansbeleid binnen vijf jaar',
  peildatum: '2027-03-14',
  answers: { ontruimd: 'ja', datum_ontruiming: '2022-03-15', bewind: 'nee' },
  expect: { outcome: 'tweedekans' },
};

describe('woonkansboom', () => {
  it('validates the default trees and exits 0', () => {
    const { status, output } = cli('validate');
    assert.equal(status, 0, output);
    assert.match(output, /✓ content\/trees\/hulpverlening\.yaml/);
    assert.match(output, /\d+ valid, 0 with errors/);
  });

  it('exits 1 on a broken tree and names the node and the line', () => {
    const tree = structuredClone(proefTree);
    tree.nodes[0]?.options?.splice(1, 1, { id: 'nee', label: 'Nee', next: 'nergens' });
    const file = write('proef.yaml', tree);
    const { status, output } = cli('validate', file);
    assert.equal(status, 1, output);
    assert.match(output, /nodes\.ontruimd\.options\.nee\.next \(line \d+\):.*"nergens"/);
    assert.match(output, /0 valid, 1 with errors/);
  });

  it('reports a YAML error with the file name and line, without a stack trace', () => {
    const file = write('kapot.yaml', 'id: proef\nnodes: [\n  - id: x\n');
    const { status, output } = cli('validate', file);
    assert.equal(status, 1, output);
    assert.match(output, /kapot\.yaml: line \d+, column \d+: /);
    assert.doesNotMatch(output, /\n\s+at /);
  });

  it('runs scenarios, marks each one and ends with the summary line', () => {
    write('proef.yaml', proefTree);
    const file = write('proef.scenarios.yaml', {
      tree: 'proef',
      scenarios: [
        scenario,
        {
          ...scenario,
          name: 'Verwacht per ongeluk de verkeerde uitkomst',
          expect: { outcome: 'geen-traject' },
        },
      ],
    });
    const { status, output } = cli('test', file);
    assert.equal(status, 1, output);
    assert.match(output, /✓ Past bij het tweedekansbeleid binnen vijf jaar/);
    assert.match(
      output,
      /✗ Verwacht per ongeluk de verkeerde uitkomst\n\s+Verwacht uitkomst "geen-traject"/,
    );
    assert.match(output, /outcomes no scenario reaches: termijn-verlopen, geen-traject/);
    assert.match(output, /\n1 passed, 1 failed\n$/);
  });

  it('exits 0 when every scenario passes', () => {
    write('proef.yaml', proefTree);
    const file = write('goed.scenarios.yaml', { tree: 'proef', scenarios: [scenario] });
    const { status, output } = cli('test', file);
    assert.equal(status, 0, output);
    assert.match(output, /1 passed, 0 failed/);
  });

  it('exits 1 when a scenario file names a tree that is not beside it', () => {
    const file = write('wees.scenarios.yaml', { tree: 'onbekend', scenarios: [scenario] });
    const { status, output } = cli('test', file);
    assert.equal(status, 1, output);
    assert.match(output, /onbekend\.yaml: file not found/);
  });

  it('exits 2 on an unknown command', () => {
    const { status, output } = cli('publiceer');
    assert.equal(status, 2);
    assert.match(output, /Unknown command "publiceer"/);
  });

  it('exits 2 on a file that does not exist', () => {
    const { status, output } = cli('validate', 'bestaat-niet.yaml');
    assert.equal(status, 2);
    assert.match(output, /File not found: bestaat-niet\.yaml/);
  });

  it('without a command, prints the help on stderr and exits 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^Usage: woonkansboom <command>/);
    assert.match(result.stderr, /user add <email>/);
  });

  it('lists the commands in its help', () => {
    const { status, output } = cli('help');
    assert.equal(status, 0);
    assert.match(output, /validate \[file\.\.\.\]/);
    assert.match(output, /test \[file\.\.\.\]/);
  });

  it('runs through the bin launcher', () => {
    const result = spawnSync(process.execPath, ['bin/woonkansboom.mjs', 'help'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Usage: woonkansboom/);
  });
});
