// The built server renders its PDFs in a worker thread
// (dist/server/pdf-worker.mjs) and keeps them per request, version and day.
// Through a real socket: every kind of PDF arrives whole with its text, many
// distinct PDFs asked at once all arrive, and a PDF asked again is the same file.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfText } from '../support/pdf-read-back.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

let server: RunningServer;
before(async () => {
  server = await startServer({ env: { RATE_LIMITS: 'off' } });
});
after(() => server.stop());

const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja&peildatum=2026-11-27';

async function pdf(path: string): Promise<Uint8Array> {
  const response = await fetch(server.url + path);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('content-type'), 'application/pdf', path);
  return new Uint8Array(await response.arrayBuffer());
}

describe('PDFs from the worker thread of the built server', () => {
  it('renders the advice, the handout and the diagram on A4 and A3 with their text', async () => {
    const expected: [string, string][] = [
      [`/boom/hulpverlening/advies.pdf?${answers}`, 'Uiterste aanmelddatum 14 maart 2027'],
      [`/boom/hulpverlening/uitleg-huurder.pdf?${answers}`, 'Uw tweede kans op een huurwoning'],
      ['/boom/hulpverlening/overzicht.pdf?formaat=a4', 'Schema: '],
      ['/boom/corporaties/overzicht.pdf?formaat=a3', 'Schema: '],
    ];
    for (const [path, text] of expected)
      assert.ok(pdfText(await pdf(path)).includes(text), `${path} says "${text}"`);
  });

  it('answers many distinct PDFs asked at once, each for its own day', async () => {
    const days = Array.from(
      { length: 12 },
      (_, index) => `2026-12-${String(index + 1).padStart(2, '0')}`,
    );
    const pdfs = await Promise.all(
      days.map((day) =>
        pdf(`/boom/hulpverlening/advies.pdf?${answers.replace('2026-11-27', day)}`),
      ),
    );
    pdfs.forEach((bytes, index) => {
      assert.ok(pdfText(bytes).includes(`Advies van ${index + 1} december 2026`), days[index]);
    });
  });

  it('sends the same file when the same PDF is asked again', async () => {
    const path = `/boom/hulpverlening/advies.pdf?${answers}`;
    assert.deepEqual(await pdf(path), await pdf(path));
  });
});
