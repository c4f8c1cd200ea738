import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { loadDefaultTrees } from '../content/default-content.ts';
import { createApp } from './app.ts';
import { publishTree, type TreeCatalog } from './published-tree.ts';

const [tree] = loadDefaultTrees().filter((candidate) => candidate.id === 'hulpverlening');
assert.ok(tree);
const inForce = publishTree(tree, 2);
const versions = [publishTree(tree, 1), inForce];
const catalog: TreeCatalog = {
  list: () => [inForce],
  get: async (treeId, version) =>
    treeId === tree.id ? versions.find((entry) => entry.version === (version ?? 2)) : undefined,
};
const app = createApp({ catalog, assets: testAssets, now: () => testNow });

describe('a link to an older version', () => {
  it('says there is a newer version and links to the same answers in the version in force', async () => {
    const body = await (await app.request('/boom/hulpverlening?versie=1&ontruimd=ja')).text();
    assert.match(body, /Er is een nieuwere versie van deze Woonkansboom/);
    assert.match(
      body,
      /href="\/boom\/hulpverlening\?ontruimd=ja">Bekijk uw antwoorden in de versie die nu geldt \(versie 2\)/,
    );
  });

  it('says nothing when the version asked for is the one in force', async () => {
    const body = await (await app.request('/boom/hulpverlening?versie=2&ontruimd=ja')).text();
    assert.doesNotMatch(body, /nieuwere versie/);
  });
});
