// The store contract: registration figures per year and settings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ContractContext, isoTimestamp as iso } from './contract-context.ts';

export function figureContract(ctx: ContractContext): void {
  describe('registration figures', () => {
    it('starts with the figures of SPEC §7 and their source', async () => {
      const figures = await ctx.store.registrationFigures();
      assert.deepEqual(
        figures.map(({ year, evictions, registrations, note, updatedBy }) => ({
          year,
          evictions,
          registrations,
          note,
          updatedBy,
        })),
        [
          [2019, 73, 7],
          [2020, 48, 6],
          [2021, 42, 5],
          [2022, 39, 2],
        ].map(([year, evictions, registrations]) => ({
          year,
          evictions,
          registrations,
          note: 'Bureau Woonkans, jaarrapportage 2022',
          updatedBy: null,
        })),
      );
      assert.match(figures[0]?.updatedAt ?? '', iso);
    });

    it('adds a year once, with unknown evictions allowed, and lists years oldest first', async () => {
      const added = await ctx.store.addRegistrationFigure(
        2018,
        { evictions: null, registrations: 3, note: 'Schatting' },
        'bea@x.nl',
      );
      assert.ok(added.ok);
      assert.equal(added.figure.evictions, null);
      assert.equal(added.figure.updatedBy, 'bea@x.nl');
      const again = await ctx.store.addRegistrationFigure(
        2018,
        { evictions: 10, registrations: 1, note: 'Anders' },
        'ada@x.nl',
      );
      assert.equal(again.ok, false);
      assert.equal(again.ok ? undefined : again.current.registrations, 3);
      assert.deepEqual(
        (await ctx.store.registrationFigures()).map((figure) => figure.year),
        [2018, 2019, 2020, 2021, 2022],
      );
      assert.deepEqual(await ctx.store.registrationFigure(2018), added.figure);
    });

    it('corrects a year and returns the values before and after', async () => {
      const result = await ctx.store.updateRegistrationFigure(
        2022,
        { evictions: 40, registrations: 2, note: 'Gecorrigeerd: “40” – jaarrapportage 2023' },
        'bea@x.nl',
      );
      assert.equal(result?.before.evictions, 39);
      assert.equal(result?.after.evictions, 40);
      assert.equal(result?.after.note, 'Gecorrigeerd: “40” – jaarrapportage 2023');
      assert.deepEqual(await ctx.store.registrationFigure(2022), result?.after);
      assert.equal(
        await ctx.store.updateRegistrationFigure(
          1999,
          { evictions: 1, registrations: 1, note: '' },
          null,
        ),
        undefined,
      );
      assert.equal(await ctx.store.registrationFigure(1999), undefined);
    });
  });

  describe('settings', () => {
    it('sets, replaces and removes a setting', async () => {
      assert.equal(await ctx.store.setting('live-sinds'), undefined);
      await ctx.store.setSetting('live-sinds', '2024-03-14');
      await ctx.store.setSetting('live-sinds', '2024-04-01');
      assert.equal(await ctx.store.setting('live-sinds'), '2024-04-01');
      const other = await ctx.another();
      assert.equal(await other.setting('live-sinds'), '2024-04-01');
      await ctx.store.setSetting('live-sinds', null);
      assert.equal(await ctx.store.setting('live-sinds'), undefined);
    });
  });
}
