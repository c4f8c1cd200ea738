import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultTreeContents } from '../../content/default-content.ts';
import type { ScenarioFile } from '../publish/scenarios.ts';
import type { Tree } from '../tree/tree.ts';
import { treeSchema } from '../tree/tree.ts';
import { type ContentChange, diffContent } from './tree-diff.ts';

function hulpverlening(): { tree: Tree; scenarios: ScenarioFile } {
  const entry = defaultTreeContents().find((candidate) => candidate.treeId === 'hulpverlening');
  if (!entry) throw new Error('no default tree hulpverlening');
  return structuredClone({
    tree: treeSchema.parse(entry.content.tree),
    scenarios: entry.content.scenarios as ScenarioFile,
  });
}

function node(tree: Tree, id: string) {
  const found = tree.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

function only(changes: ContentChange[]): ContentChange {
  assert.equal(changes.length, 1, JSON.stringify(changes, null, 2));
  return changes[0] as ContentChange;
}

describe('diffContent', () => {
  it('finds no changes between equal contents', () => {
    assert.deepEqual(diffContent(hulpverlening(), hulpverlening()), []);
  });

  it('reports a changed parameter value with its unit, old and new', () => {
    const b = hulpverlening();
    const parameter = b.tree.parameters.regeling_maanden;
    assert.ok(parameter);
    parameter.value = 7;
    assert.deepEqual(only(diffContent(hulpverlening(), b)), {
      group: 'parameters',
      kind: 'changed',
      path: 'parameters.regeling_maanden.value',
      description: 'Waarde van parameter "regeling_maanden" gewijzigd',
      old: '6 maanden',
      new: '7 maanden',
    });
  });

  it('reports a changed question text by the node id', () => {
    const b = hulpverlening();
    node(b.tree, 'reden').text = 'Wat was de reden van de ontruiming?';
    const change = only(diffContent(hulpverlening(), b));
    assert.equal(change.path, 'nodes.reden.text');
    assert.equal(change.old, 'Waarom is uw cliënt ontruimd?');
    assert.equal(change.new, 'Wat was de reden van de ontruiming?');
  });

  it('names options and where they lead by their texts when they are added, removed, relabelled or re-routed', () => {
    const b = hulpverlening();
    const reden = node(b.tree, 'reden');
    assert.equal(reden.kind, 'choice');
    if (reden.kind !== 'choice') return;
    reden.options = reden.options
      .filter((option) => option.id !== 'anders')
      .map((option) =>
        option.id === 'overlast'
          ? { ...option, label: 'Overlast' }
          : option.id === 'opiumwet'
            ? { ...option, next: 'maatwerk' }
            : option,
      );
    reden.options.push({ id: 'onbekend', label: 'Weet ik niet', next: 'maatwerk' });
    const changes = diffContent(hulpverlening(), b);
    assert.deepEqual(
      changes.map((change) => [change.kind, change.path]),
      [
        ['changed', 'nodes.reden.options.overlast.label'],
        ['changed', 'nodes.reden.options.opiumwet.next'],
        ['removed', 'nodes.reden.options.anders'],
        ['added', 'nodes.reden.options.onbekend'],
      ],
    );
    const rerouted = changes[1] as ContentChange;
    assert.equal(
      rerouted.old,
      'uitkomst ‘Het tweedekansbeleid geldt niet na een ontruiming vanwege…’',
    );
    assert.equal(rerouted.new, 'uitkomst ‘Neem contact op met Bureau Woonkans’');
    assert.equal(
      rerouted.description,
      'Antwoord ‘Opiumwet of Damoclesbeleid (drugs, hennep, wapens)’ bij vraag ‘Waarom is uw cliënt ontruimd?’ leidt nu ergens anders heen',
    );
    assert.equal(
      changes[3]?.new,
      '"Weet ik niet" → uitkomst ‘Neem contact op met Bureau Woonkans’',
    );
  });

  it('describes a changed check branch condition in words', () => {
    const b = hulpverlening();
    const check = node(b.tree, 'binnen_termijn');
    if (check.kind !== 'check') throw new Error('not a check');
    const branch = check.branches[0];
    assert.ok(branch);
    branch.if = { compare: 'peildatum', op: 'before', to: 'uiterste_aanmelddatum' };
    const change = only(diffContent(hulpverlening(), b));
    assert.equal(change.path, 'nodes.binnen_termijn.branches.0.if');
    assert.equal(change.old, 'peildatum is op of voor uiterste_aanmelddatum');
    assert.equal(change.new, 'peildatum is voor uiterste_aanmelddatum');
  });

  it('lists added and removed nodes and outcomes', () => {
    const b = hulpverlening();
    b.tree.nodes = b.tree.nodes.filter((candidate) => candidate.id !== 'bewind');
    b.tree.outcomes.push({
      id: 'nieuw',
      verdict: 'maatwerk',
      title: 'Nieuwe uitkomst',
      explanation: 'Uitleg.',
      nextSteps: 'Stappen.',
      requirements: [],
      links: [],
      continueWith: [],
      contacts: [],
    });
    const changes = diffContent(hulpverlening(), b);
    assert.deepEqual(
      changes.map((change) => [change.group, change.kind, change.path, change.description]),
      [
        [
          'nodes',
          'removed',
          'nodes.bewind',
          'Vraag ‘Staat uw cliënt onder bewind (bewindvoering)?’ weggehaald',
        ],
        ['outcomes', 'added', 'outcomes.nieuw', 'Uitkomst ‘Nieuwe uitkomst’ toegevoegd'],
      ],
    );
  });

  it('compares outcomes per field', () => {
    const b = hulpverlening();
    const outcome = b.tree.outcomes.find((candidate) => candidate.id === 'nog-niet');
    assert.ok(outcome);
    outcome.verdict = 'maatwerk';
    outcome.contacts = ['bureau-woonkans'];
    const changes = diffContent(hulpverlening(), b);
    assert.deepEqual(
      changes.map((change) => [change.path, change.old, change.new]),
      [
        ['outcomes.nog-niet.verdict', 'Past nog niet', 'Maatwerk'],
        [
          'outcomes.nog-niet.contacts',
          'bureau-woonkans, woonurgentie, woningcorporatie, gkb',
          'bureau-woonkans',
        ],
      ],
    );
  });

  it('matches scenarios by name and reports changed answers and expectations', () => {
    const b = hulpverlening();
    const scenario = b.scenarios.scenarios[0];
    assert.ok(scenario);
    scenario.answers = { ...scenario.answers, bewind: 'ja' };
    scenario.expect = { ...scenario.expect, outcome: 'nog-niet' };
    b.scenarios.scenarios.push({ ...scenario, name: 'Een nieuw scenario' });
    const changes = diffContent(hulpverlening(), b);
    assert.deepEqual(
      changes.map((change) => [change.group, change.kind, change.path.split('.').at(-1)]),
      [
        ['scenarios', 'changed', 'bewind'],
        ['scenarios', 'changed', 'expect'],
        ['scenarios', 'added', 'Een nieuw scenario'],
      ],
    );
    assert.match(changes[1]?.new ?? '', /^uitkomst "nog-niet"; datums /);
  });

  it('groups changes in a fixed order: tree, nodes, …, scenarios', () => {
    const b = hulpverlening();
    b.scenarios.scenarios.pop();
    const parameter = b.tree.parameters.termijn_jaren;
    assert.ok(parameter);
    parameter.source = { kind: 'public', ref: 'Nieuwe bron', confirmed: false };
    b.tree.title = 'Andere titel';
    assert.deepEqual(
      diffContent(hulpverlening(), b).map((change) => change.group),
      ['tree', 'parameters', 'scenarios'],
    );
  });

  it('compares content that is not a tree as a whole', () => {
    const a = hulpverlening();
    const change = only(diffContent(a, { tree: { id: 'kapot' }, scenarios: a.scenarios }));
    assert.equal(change.group, 'tree');
    assert.match(change.description, /niet in het juiste formaat/);
  });
});
