import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { testApp } from '../../../test/support/test-app.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { fillText } from '../../views/fill-texts.ts';

const app = testApp();
const trees = loadDefaultTrees();
const scratch = mkdtempSync(join(tmpdir(), 'wkb-diagram-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function get(path: string) {
  const response = await app.request(path);
  return { response, body: await response.text() };
}

/** The text of a PDF as pdftotext (poppler-utils) reads it, whitespace folded. */
function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the schema page', () => {
  it('sends whoever prints on A4 to the PDF that keeps letters of 7 pt over several sheets', async () => {
    const { body } = await get('/boom/hulpverlening/overzicht');
    const printing = body.slice(body.indexOf('id="afdrukken"'), body.indexOf('id="downloaden"'));
    assert.match(printing, /minstens 7 punt/);
    assert.match(printing, /href="\/boom\/hulpverlening\/overzicht\.pdf\?versie=1&amp;formaat=a4"/);
  });

  for (const tree of trees) {
    it(`shows the picture and the text version of ${tree.id}, every node in both`, async () => {
      const { response, body } = await get(`/boom/${tree.id}/overzicht`);
      assert.equal(response.status, 200);
      assert.equal(body.match(/<h1\b/g)?.length, 1);
      for (const { id } of [...tree.nodes, ...tree.outcomes]) {
        assert.match(body, new RegExp(`<svg[^]*id="node-${id}"[^]*</svg>`), `picture: ${id}`);
        assert.match(body, new RegExp(`<li id="tekst-${id}">`), `text version: ${id}`);
      }
    });
  }

  it('says in the text version what a check tests and where each answer leads', async () => {
    const { body } = await get('/boom/hulpverlening/overzicht');
    assert.match(
      body,
      /Controle:<\/span> Is het minder dan 5 jaar geleden dat uw cliënt is ontruimd\? <span[^>]*>Dit klopt als de dag van vandaag ligt op of vóór de uiterste aanmelddatum\./,
    );
    assert.match(
      body,
      /Antwoord &quot;Nee, maar ontruiming dreigt&quot;:<\/span> <span class="wkb-outline__kind wkb-outline__kind--action">Uitkomst: Doorverwijzen\.<\/span>/,
    );
    assert.match(
      body,
      /<a class="utrecht-link utrecht-link--html-a" href="\/boom\/hulpverlening\?start=reden">Waarom is uw cliënt ontruimd\?<\/a>/,
    );
  });

  it('sets up printing on A4 landscape, or on A3 as a poster', async () => {
    assert.match((await get('/boom/hulpverlening/overzicht')).body, /wkb-diagram-page--a4/);
    const { body } = await get('/boom/hulpverlening/overzicht?formaat=a3');
    assert.match(body, /wkb-diagram-page--a3-(staand|liggend)/);
    assert.match(
      body,
      /href="\/boom\/hulpverlening\/overzicht\.pdf\?versie=1&amp;formaat=a3" download/,
    );
  });

  it('refuses an unknown tree, version or paper size in Dutch', async () => {
    assert.equal((await get('/boom/bestaat-niet/overzicht')).response.status, 404);
    const version = await get('/boom/hulpverlening/overzicht?versie=9');
    assert.equal(version.response.status, 404);
    assert.match(version.body, /Versie 9 van deze Woonkansboom bestaat niet/);
    const paper = await get('/boom/hulpverlening/overzicht?formaat=a5');
    assert.equal(paper.response.status, 400);
    assert.match(paper.body, /geen papierformaat/);
  });
});

describe('the schema as SVG', () => {
  it('serves the picture of a version with a long cache life', async () => {
    const { response, body } = await get('/boom/hulpverlening/overzicht.svg?versie=1');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('highlights a path, kept in the browser cache only', async () => {
    const { response, body } = await get(
      '/boom/hulpverlening/overzicht.svg?versie=1&pad=ontruimd,reden,uitgesloten-opiumwet',
    );
    assert.equal(response.headers.get('cache-control'), 'private, max-age=31536000, immutable');
    assert.equal(body.match(/data-path="true"/g)?.length, 5);
  });

  it('keeps "the latest version" fresh and refuses a malformed path', async () => {
    const latest = await get('/boom/hulpverlening/overzicht.svg');
    assert.equal(latest.response.headers.get('cache-control'), 'public, max-age=300');
    const bad = await get('/boom/hulpverlening/overzicht.svg?pad=ontruimd,<script>');
    assert.equal(bad.response.status, 400);
  });
});

describe('the schema as PDF', () => {
  for (const paper of ['a4', 'a3'] as const) {
    it(`holds every question of the tree on ${paper.toUpperCase()}, once`, async () => {
      const response = await app.request(
        `/boom/hulpverlening/overzicht.pdf?versie=1&formaat=${paper}`,
      );
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /attachment; filename="schema-hulpverlening-v1-/,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
      const text = pdfText(bytes, `schema-${paper}.pdf`);
      const tree = trees.find((candidate) => candidate.id === 'hulpverlening');
      assert.ok(tree);
      const questions = tree.nodes
        .filter((node) => node.kind !== 'check')
        .map((node) => fillText(node.text, tree));
      for (const question of questions) {
        // Two questions may share a text (bewind, SPEC §4.1): each node is drawn once.
        const nodes = questions.filter((other) => other === question).length;
        assert.equal(text.split(question).length - 1, nodes, `"${question}" once per node`);
      }
      assert.match(text, /Uitkomst: Nog niet/);
    });
  }
});
