import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../content/default-content.ts';
import type { Tree } from '../core/tree/tree.ts';
import { cachedDiagramLayout } from './diagram-cache.ts';
import { textWidth } from './diagram-font.ts';
import { diagramGraph } from './diagram-graph.ts';
import { type Box, diagramMetrics, layoutTree } from './diagram-layout.ts';
import { checkRoutes } from './diagram-words.ts';

const trees = loadDefaultTrees();
const hulpverlening = trees.find((tree) => tree.id === 'hulpverlening') as Tree;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const onBorder = (point: { x: number; y: number }, box: Box) =>
  point.x >= box.x - 1 &&
  point.x <= box.x + box.width + 1 &&
  point.y >= box.y - 1 &&
  point.y <= box.y + box.height + 1;

describe('layoutTree', () => {
  for (const tree of trees) {
    it(`places the boxes of ${tree.id} without overlap, arrows running from box to box`, async () => {
      const layout = await layoutTree(tree);
      const boxes = new Map(layout.nodes.map((node) => [node.id, node]));
      for (const [index, a] of layout.nodes.entries()) {
        for (const b of layout.nodes.slice(index + 1)) {
          assert.ok(!overlap(a, b), `${a.id} overlaps ${b.id}`);
        }
      }
      for (const edge of layout.edges) {
        const from = boxes.get(edge.from);
        const to = boxes.get(edge.to);
        assert.ok(from && to && edge.points.length >= 2, edge.id);
        assert.ok(
          onBorder(edge.points[0] ?? { x: -9, y: -9 }, from),
          `${edge.id} starts at its box`,
        );
        assert.ok(
          onBorder(edge.points.at(-1) ?? { x: -9, y: -9 }, to),
          `${edge.id} ends at its box`,
        );
      }
    });
  }

  it('wraps every text to fit its box, measured in the PDF font', async () => {
    const layout = await layoutTree(hulpverlening);
    const m = diagramMetrics;
    for (const node of layout.nodes) {
      const inner = node.width - 2 * m.padding - (node.kind === 'check' ? 2 * m.hexInset : 0);
      for (const line of node.lines) {
        assert.ok(textWidth(line, m.fontSize) <= inner, `"${line}" in ${node.id}`);
      }
      assert.equal(node.lines.join(' '), node.text.replace(/\s+/g, ' '));
    }
  });

  it('lays out a published version once', async () => {
    const first = cachedDiagramLayout(hulpverlening);
    assert.equal(cachedDiagramLayout(hulpverlening), first);
    // Another published tree object (a later version, another region) gets its own.
    const other = structuredClone(hulpverlening);
    assert.notEqual(cachedDiagramLayout(other), first);
    await Promise.all([first, cachedDiagramLayout(other)]);
  });
});

describe('diagramGraph', () => {
  it('puts answers that lead to the same place on one arrow', () => {
    const graph = diagramGraph(hulpverlening);
    const arrow = graph.edges.find(
      (edge) => edge.from === 'reden' && edge.to === 'datum_ontruiming',
    );
    assert.deepEqual(arrow?.labels, [
      'Huurachterstand',
      'Overlast (ook vervuiling of hoarding)',
      'Huurachterstand én overlast',
    ]);
  });

  it('fills parameters into texts and leaves walk dates unnamed', () => {
    const graph = diagramGraph(hulpverlening);
    assert.equal(
      graph.nodes.find((node) => node.id === 'binnen_termijn')?.text,
      'Is het minder dan 5 jaar geleden dat uw cliënt is ontruimd?',
    );
    assert.match(
      graph.nodes.find((node) => node.id === 'nog-niet')?.text ?? '',
      /vanaf \(datum\)$/,
    );
  });

  it('says the routes of a check in words: Ja, Nee, and what holds in between', () => {
    const check = hulpverlening.nodes.find((node) => node.id === 'regeling_lang_genoeg');
    assert.equal(check?.kind, 'check');
    if (check?.kind !== 'check') return;
    assert.deepEqual(checkRoutes(hulpverlening, check), [
      { to: 'hulpverlening', label: 'Ja' },
      {
        to: 'nog-niet',
        label: 'Nee, maar de datum "aanmelden vanaf" ligt op of vóór de uiterste aanmelddatum',
      },
      { to: 'termijn-niet-haalbaar', label: 'Nee' },
    ]);
  });
});
