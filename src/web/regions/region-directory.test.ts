// The directory of regions: a change saved on another server shows within a
// few seconds (the page shell's synchronous read starts a new read when the
// last is old), and at once after `refresh()` on the server that saved it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RegionDefinition } from '../../core/regions/region.ts';
import type { RegionRecord } from '../../store/region-store.ts';
import { regionDirectory } from './region-directory.ts';

const groningen: RegionDefinition = {
  id: 'groningen',
  name: 'Groningen',
  municipalities: [{ name: 'Groningen', aliases: [] }],
  publishNeedsConfirmedAssumptions: false,
};
const westerkwartier = (name: string): RegionRecord => ({
  id: 'westerkwartier',
  definition: { ...groningen, id: 'westerkwartier', name, municipalities: [{ name: 'Leek' }] },
  createdAt: '2026-12-07T00:00:00.000Z',
  updatedAt: '2026-12-07T00:00:00.000Z',
  updatedBy: null,
});

describe('regionDirectory', () => {
  it('reads again in the background when the page shell asks after a few seconds', async () => {
    let clock = 0;
    let stored = [westerkwartier('Westerkwartier')];
    let reads = 0;
    const directory = regionDirectory(
      {
        regions: async () => {
          reads += 1;
          return stored;
        },
      },
      groningen,
      () => clock,
    );
    assert.equal((await directory.get('westerkwartier'))?.name, 'Westerkwartier');
    stored = [westerkwartier('Westerkwartier en Leek')];
    clock = 1000;
    assert.equal(directory.current('westerkwartier')?.name, 'Westerkwartier', 'still fresh');
    assert.equal(reads, 1);
    clock = 3000;
    assert.equal(directory.current('westerkwartier')?.name, 'Westerkwartier', 'the old one first');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(reads, 2);
    assert.equal(directory.current('westerkwartier')?.name, 'Westerkwartier en Leek');
  });

  it('reads at once on refresh, fresh or not', async () => {
    let stored = [westerkwartier('Westerkwartier')];
    const directory = regionDirectory({ regions: async () => stored }, groningen, () => 0);
    await directory.list();
    stored = [westerkwartier('Nieuw')];
    await directory.refresh();
    assert.equal(directory.current('westerkwartier')?.name, 'Nieuw');
    assert.equal(directory.current('groningen')?.name, 'Groningen');
  });
});
