// Dates told across a change of the rules: deadlines at their earliest, start
// dates from when they really hold. The default tree's "aanmelden vanaf" is a
// start date, its "uiterste aanmelddatum" a deadline.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadTreeFile, treesDir } from '../../content/default-content.ts';
import { datesAcrossChange, startDates } from './start-dates.ts';

const tree = loadTreeFile(join(treesDir, 'hulpverlening.yaml'));
const starts = startDates(tree);
const change = '2027-03-01';

describe('dates across a change of the rules', () => {
  it('reads start dates from the tree: "aanmelden vanaf" is one, the deadline is not', () => {
    assert.ok(starts.has('aanmelden_vanaf'));
    assert.ok(!starts.has('uiterste_aanmelddatum'));
  });

  it('tells the earliest deadline, but not before the day before the change', () => {
    const told = (now: string, then: string) =>
      datesAcrossChange(
        { uiterste_aanmelddatum: now },
        { uiterste_aanmelddatum: then },
        change,
        starts,
      ).uiterste_aanmelddatum;
    assert.equal(told('2027-09-14', '2027-06-14'), '2027-06-14');
    assert.equal(told('2027-09-14', '2026-09-14'), '2027-02-28');
    assert.equal(told('2027-09-14', '2028-09-14'), '2027-09-14');
    // Before the change the current rules hold: the date stays.
    assert.equal(told('2027-01-14', '2026-01-14'), '2027-01-14');
  });

  it('tells a start date from when it holds: never earlier than the new rules allow', () => {
    const told = (now: string, then: string) =>
      datesAcrossChange({ aanmelden_vanaf: now }, { aanmelden_vanaf: then }, change, starts)
        .aanmelden_vanaf;
    // Six months of payments now, four under the new rules: from the change day, not before.
    assert.equal(told('2027-05-01', '2027-03-01'), '2027-03-01');
    assert.equal(told('2027-05-01', '2027-01-01'), '2027-03-01');
    // Longer under the new rules: the later day, for the new rules hold by then.
    assert.equal(told('2027-05-01', '2027-07-01'), '2027-07-01');
    // Reached before the change: it holds as it is.
    assert.equal(told('2027-02-01', '2027-04-01'), '2027-02-01');
  });
});
