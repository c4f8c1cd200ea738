import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../content/default-content.ts';
import { cachedDiagramLayout } from './diagram-cache.ts';

describe('cachedDiagramLayout', () => {
  it('never gives one tree the layout of another with the same id and version (two regions)', async () => {
    const [groningen] = loadDefaultTrees();
    assert.ok(groningen);
    // Another region's tree: the same id and version number, other words.
    const elsewhere = structuredClone(groningen);
    const node = elsewhere.nodes[0];
    assert.ok(node && 'text' in node);
    node.text = 'Woonde uw cliënt in het Westerkwartier?';
    const ours = await cachedDiagramLayout(groningen);
    const theirs = await cachedDiagramLayout(elsewhere);
    assert.notDeepEqual(theirs, ours);
    assert.match(JSON.stringify(theirs), /Westerkwartier/);
    assert.doesNotMatch(JSON.stringify(ours), /Westerkwartier/);
  });
});
