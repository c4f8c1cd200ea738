// woonkansboom test [file...]: run the scenarios beside each tree and list
// the nodes and outcomes no scenario visited.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defaultTreeFiles, treesDir } from '../content/default-content.ts';
import { parseScenarioFile, runScenarios, unvisitedIds } from '../core/publish/scenarios.ts';
import type { CliIo, Command } from './command.ts';
import { displayPath, fileArguments } from './file-arguments.ts';
import { problemLines } from './problem-lines.ts';
import { readYamlFile } from './read-yaml-file.ts';
import { validateTreeFile } from './validate-command.ts';

const scenarioSuffix = '.scenarios.yaml';

function defaultScenarioFiles(io: CliIo): string[] {
  const files = readdirSync(treesDir)
    .filter((name) => name.endsWith(scenarioSuffix))
    .sort()
    .map((name) => join(treesDir, name));
  for (const tree of defaultTreeFiles()) {
    const expected = tree.replace(/\.yaml$/, scenarioSuffix);
    if (!files.includes(expected)) {
      io.out(`⚠ ${displayPath(tree, io)} has no scenarios (expected ${basename(expected)})`);
    }
  }
  return files;
}

interface Tally {
  passed: number;
  failed: number;
  /** Scenario files that could not run at all. */
  broken: number;
}

function testFile(file: string, io: CliIo, tally: Tally): void {
  const read = readYamlFile(file);
  if (!read.ok) {
    io.out(`✗ ${displayPath(file, io)}: ${read.message}`);
    tally.broken++;
    return;
  }
  const parsed = parseScenarioFile(read.yaml.value);
  if (!parsed.file) {
    io.out(`✗ ${displayPath(file, io)}: not a valid scenario file`);
    for (const line of problemLines(parsed.problems, read.yaml)) io.out(line);
    tally.broken++;
    return;
  }
  const treeFile = join(dirname(file), `${parsed.file.tree}.yaml`);
  io.out(`${displayPath(file, io)} → ${displayPath(treeFile, io)}`);
  const checked = validateTreeFile(treeFile, io, { errorsOnly: true });
  const tree = checked?.validation.tree;
  if (!tree) {
    io.out(`✗ ${displayPath(file, io)}: the tree "${parsed.file.tree}" cannot be used, see above`);
    tally.broken++;
    return;
  }
  const results = runScenarios(tree, parsed.file);
  for (const result of results) {
    io.out(`  ${result.passed ? '✓' : '✗'} ${result.name}`);
    for (const failure of result.failures) io.out(`      ${failure}`);
    if (result.passed) tally.passed++;
    else tally.failed++;
  }
  const unvisited = unvisitedIds(tree, results);
  if (unvisited.nodes.length > 0) {
    io.out(`  ⚠ nodes no scenario visits: ${unvisited.nodes.join(', ')}`);
  }
  if (unvisited.outcomes.length > 0) {
    io.out(`  ⚠ outcomes no scenario reaches: ${unvisited.outcomes.join(', ')}`);
  }
}

export const testCommand: Command = {
  name: 'test',
  usage: '[file...]',
  summary: `Run scenario files (default: every *${scenarioSuffix} in content/trees).`,
  run(args, io) {
    const files = fileArguments(args, io, () => defaultScenarioFiles(io));
    const tally: Tally = { passed: 0, failed: 0, broken: 0 };
    for (const file of files) testFile(file, io, tally);
    if (files.length === 0) io.out('No scenario files found.');
    if (tally.broken > 0) io.out(`${tally.broken} scenario file(s) could not run`);
    io.out(`${tally.passed} passed, ${tally.failed} failed`);
    return tally.failed > 0 || tally.broken > 0 || files.length === 0 ? 1 : 0;
  },
};
