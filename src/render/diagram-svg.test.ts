import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../content/default-content.ts';
import { type Tree, treeSchema } from '../core/tree/tree.ts';
import { nextStep } from '../core/walk/next-step.ts';
import { edgeId } from './diagram-graph.ts';
import { layoutTree } from './diagram-layout.ts';
import { diagramSvg } from './diagram-svg.ts';

const trees = loadDefaultTrees();
const hulpverlening = trees.find((tree) => tree.id === 'hulpverlening') as Tree;

const nodeIds = (svg: string) =>
  new Set([...svg.matchAll(/\sid="node-([^"]+)"/g)].map((m) => m[1]));
const marked = (svg: string) =>
  new Set([...svg.matchAll(/<(?:g|a) id="([^"]+)" data-path="true"/g)].map((m) => m[1]));

describe('diagramSvg', () => {
  for (const tree of trees) {
    it(`draws every node and outcome of ${tree.id}, each once, with a title`, async () => {
      const svg = diagramSvg(await layoutTree(tree));
      const expected = new Set([...tree.nodes, ...tree.outcomes].map((node) => node.id));
      assert.deepEqual(nodeIds(svg), expected);
      assert.equal(svg.match(/\sid="node-/g)?.length, expected.size);
      for (const id of expected) {
        assert.match(svg, new RegExp(`id="node-${id}"[^>]*>\\s*<title>[^<]+</title>`), id);
      }
    });
  }

  it('makes every question a link to the walk from that question, and nothing else', async () => {
    const svg = diagramSvg(await layoutTree(hulpverlening));
    const links = [...svg.matchAll(/<a id="node-([^"]+)" href="([^"]+)"/g)];
    const questions = hulpverlening.nodes.filter((node) => node.kind !== 'check');
    assert.equal(links.length, questions.length);
    for (const [, id, href] of links) {
      assert.equal(href, `/boom/hulpverlening?start=${id}`);
    }
  });

  it('marks outcomes with their badge in words and its tone in colour, not by colour alone', async () => {
    const svg = diagramSvg(await layoutTree(hulpverlening));
    assert.match(svg, /id="node-tweedekans"[^>]*><title>Uitkomst: Past: /);
    assert.match(svg, /id="node-nog-niet"[^>]*><title>Uitkomst: Nog niet: /);
    assert.match(svg, /id="node-uitgesloten-opiumwet"[^>]*><title>Uitkomst: Past niet: /);
    // A deadline that passed is told neutrally, not as a red refusal (SPEC §4.3).
    assert.match(
      svg,
      /id="node-termijn-verlopen"[^>]*><title>Uitkomst: Termijn voorbij: [^<]*<\/title><path[^>]*fill="#e3eaf5"/,
    );
    assert.match(svg, />Uitkomst: neutraal</);
  });

  it('writes content texts as text, never as markup', async () => {
    const hostile = treeSchema.parse({
      ...hulpverlening,
      nodes: hulpverlening.nodes.map((node) =>
        node.id === 'ontruimd' && node.kind === 'choice'
          ? {
              ...node,
              text: 'Is <script>alert("x")</script> & "quoted" ontruimd?',
              options: node.options.map((option) => ({
                ...option,
                label: `<b>${option.label}</b>`,
              })),
            }
          : node,
      ),
      outcomes: hulpverlening.outcomes.map((outcome) => ({
        ...outcome,
        title: `<img src=x onerror=alert(1)>${outcome.title}`,
      })),
    });
    const svg = diagramSvg(await layoutTree(hostile));
    assert.doesNotMatch(svg, /<script|<b>|<img/);
    assert.match(svg, /&lt;script&gt;alert\(/);
    assert.match(svg, /&amp; &quot;quoted&quot;/);
    assert.match(svg, /&lt;b&gt;Ja&lt;\/b&gt;/);
  });

  it('emphasises exactly the nodes and arrows of a walk', async () => {
    const step = nextStep(
      hulpverlening,
      {
        ontruimd: 'ja',
        reden: 'beide',
        datum_ontruiming: '2022-03-15',
        huurschuld: 'nee',
        hulpverlening: 'ja',
      },
      '2026-11-27',
    );
    assert.equal(step.status, 'outcome');
    const path = [
      ...step.path.map((entry) => entry.node),
      step.status === 'outcome' ? step.outcome.id : '',
    ];
    const svg = diagramSvg(await layoutTree(hulpverlening), { highlight: path });
    const arrows = path.slice(1).map((to, index) => edgeId(path[index] ?? '', to));
    assert.deepEqual(marked(svg), new Set([...path.map((id) => `node-${id}`), ...arrows]));
    assert.match(svg, />De gelopen route</);
  });

  it('emphasises nothing without a path, and ignores ids the tree does not know', async () => {
    const layout = await layoutTree(hulpverlening);
    assert.equal(marked(diagramSvg(layout)).size, 0);
    assert.deepEqual(
      marked(diagramSvg(layout, { highlight: ['bestaat-niet', 'ontruimd'] })),
      new Set(['node-ontruimd']),
    );
  });

  it('scales: a viewBox, and a size the page may shrink', async () => {
    const svg = diagramSvg(await layoutTree(hulpverlening));
    const [, width, height] = svg.match(/viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/) ?? [];
    assert.ok(Number(width) > 0 && Number(height) > 0);
    assert.match(svg, new RegExp(`width="${width}" height="${height}"`));
  });
});
