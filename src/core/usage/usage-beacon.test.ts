import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../../content/default-content.ts';
import type { Tree } from '../tree/tree.ts';
import { beaconEvents, parseUsageBeacon, type UsageBeacon } from './usage-beacon.ts';

const tree = loadDefaultTrees()[0] as Tree;
const outcome = tree.outcomes[0]?.id ?? '';
const other = tree.outcomes[1]?.id ?? '';
const node = tree.nodes.find((candidate) => candidate.kind !== 'check')?.id ?? '';

// Review D15: ten beacons of 100 identical outcome-reached events added 1,000 to the counts.
describe('a forged usage beacon', () => {
  it('counts at most one outcome and each question event once', () => {
    const beacon = parseUsageBeacon({
      tree: tree.id,
      version: 1,
      events: [
        ...Array.from({ length: 50 }, () => ({ kind: 'outcome-reached', outcome })),
        ...Array.from({ length: 49 }, () => ({ kind: 'question-shown', node })),
        { kind: 'outcome-reached', outcome: other },
      ],
    }) as UsageBeacon;
    assert.ok(!Array.isArray(beacon));
    const result = beaconEvents(beacon, tree, 1);
    assert.ok('events' in result);
    assert.equal(result.events.filter((event) => event.kind === 'outcome-reached').length, 1);
    assert.equal(result.events.filter((event) => event.kind === 'question-shown').length, 1);
  });
});
