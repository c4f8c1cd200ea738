// The example regions in content/regions/ are data that must hold up: each
// folder reads, its definition parses and does not overlap the default region
// or the other examples, and every tree validates without errors and passes
// its scenarios. And the Westerkwartier tree never says someone may rent
// again without sending them to the corporation.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultRegionDefinition } from '../content/region-content.ts';
import { checkDraft } from '../core/publish/draft-check.ts';
import { overlapProblems } from '../core/regions/municipality-finder.ts';
import { type RegionDefinition, regionDefinitionSchema } from '../core/regions/region.ts';
import { themeContrastProblems } from '../core/regions/region-theme.ts';
import './dutch-validation.ts';
import { readRegionFolder } from './regions-folder.ts';

const regionsDir = fileURLToPath(new URL('../../content/regions/', import.meta.url));
const examples = readdirSync(regionsDir).sort();

function read(name: string) {
  const result = readRegionFolder(join(regionsDir, name));
  assert.ok('folder' in result, JSON.stringify(result));
  return result.folder;
}

describe('the example regions in content/regions', () => {
  it('are westerkwartier and drenthe', () => {
    assert.deepEqual(examples, ['drenthe', 'westerkwartier']);
  });

  const definitions: RegionDefinition[] = [];
  for (const name of examples) {
    it(`${name}: the definition parses, needs confirmed assumptions and has a readable look`, () => {
      const definition = regionDefinitionSchema.parse(read(name).definition);
      assert.equal(definition.id, name);
      assert.equal(definition.publishNeedsConfirmedAssumptions, true);
      assert.ok(definition.theme);
      assert.deepEqual(themeContrastProblems(definition.theme), []);
      definitions.push(definition);
    });

    it(`${name}: every tree validates without errors or warnings and passes its scenarios`, () => {
      const folder = read(name);
      assert.ok(folder.trees.length > 0);
      for (const { treeId, content } of folder.trees) {
        const check = checkDraft(content, folder.sharedRules);
        assert.deepEqual(check.treeProblems, [], treeId);
        assert.deepEqual(check.scenarioProblems, [], treeId);
        const failing = check.scenarioResults.filter((result) => !result.passed);
        assert.deepEqual(failing, [], treeId);
        assert.ok(check.publishable, treeId);
        // Kept small: a handful of questions and outcomes.
        const size = (check.tree?.nodes.length ?? 0) + (check.tree?.outcomes.length ?? 0);
        assert.ok(size >= 5 && size <= 12, `${treeId} has ${size} nodes and outcomes`);
      }
    });

    it(`${name}: every statement is sourced and nothing is confirmed yet`, () => {
      const sources = JSON.stringify(read(name).trees).match(/"confirmed":(true|false)/g) ?? [];
      assert.ok(sources.length > 0);
      assert.ok(sources.every((source) => source === '"confirmed":false'));
    });
  }

  it('do not overlap each other or the default region', () => {
    const all = [defaultRegionDefinition(), ...definitions];
    for (const region of definitions) assert.deepEqual(overlapProblems(region, all), [], region.id);
  });

  it('westerkwartier never says someone may rent again without "vraag de corporatie"', () => {
    const [tree] = read('westerkwartier').trees;
    assert.ok(tree);
    type Texts = { outcomes: { title: string; explanation: string }[] };
    const { outcomes } = tree.content.tree as Texts;
    for (const outcome of outcomes) {
      const text = `${outcome.title} ${outcome.explanation}`;
      if (/weer (mag )?huren|weer worden gehuurd/i.test(text))
        assert.match(text, /vraag (de corporatie|het aan Wold & Waard)/i, outcome.title);
    }
    assert.ok(
      outcomes.some((outcome) => /volgens Wold & Waard \(april 2023\)/i.test(outcome.explanation)),
    );
  });

  it('names the file of a problem in a folder, in Dutch', () => {
    const folder = mkdtempSync(join(tmpdir(), 'woonkansboom-regio-'));
    try {
      const result = readRegionFolder(folder);
      assert.ok('problems' in result);
      assert.match(
        result.problems[0]?.message ?? '',
        /region\.yaml is niet te lezen: bestaat niet/,
      );
      writeFileSync(join(folder, 'region.yaml'), 'id: proef\n');
      writeFileSync(join(folder, 'shared-rules.yaml'), 'onbekend: 1\n');
      const shared = readRegionFolder(folder);
      assert.ok('problems' in shared);
      assert.match(shared.problems[0]?.message ?? '', /^shared-rules\.yaml/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
