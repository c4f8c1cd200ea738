// requestText and requestHeader over a real socket: the body must come out whole and unchanged
// however it arrives (one packet, in pieces, chunked, pipelined), because the
// evaluate endpoint reads its JSON through it.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HttpProblem } from '../problem.ts';
import { requestHeader, requestText } from './raw-request.ts';

const limit = 1000;

let server: ServerType;
let port: number;

before(async () => {
  const app = new Hono();
  // Echoes what it read, with its length in characters.
  app.post('/echo', async (c) => {
    const text = await requestText(c, limit);
    return c.json({ text, length: text.length, type: requestHeader(c, 'content-type') ?? null });
  });
  app.onError((error, c) =>
    error instanceof HttpProblem
      ? c.json({ status: error.status, detail: error.detail }, error.status)
      : c.text('fout', 500),
  );
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Writes the given pieces to one socket with a pause between them; resolves with all it got back. */
function rawExchange(pieces: (string | Buffer)[], expectedAnswers: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (
        (received.match(/HTTP\/1\.1 /g) ?? []).length === expectedAnswers &&
        received.endsWith('}')
      )
        socket.end();
    });
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    socket.on('connect', async () => {
      for (const piece of pieces) {
        socket.write(piece);
        await new Promise((wait) => setTimeout(wait, 30));
      }
    });
  });
}

const request = (body: string, extra = '') =>
  `POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

const answers = (raw: string) =>
  [...raw.matchAll(/\r\n\r\n(\{.*?\})(?=HTTP|$)/gs)].map(
    (match) => JSON.parse(match[1] as string) as { text: string; type: string | null },
  );

describe('requestText', () => {
  it('reads a body that arrives with its headers', async () => {
    const body = JSON.stringify({ answers: { ontruimd: 'ja' }, peildatum: '2026-11-27' });
    const response = await fetch(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    assert.deepEqual(await response.json(), {
      text: body,
      length: body.length,
      type: 'application/json',
    });
  });

  it('keeps accents and other multi-byte characters intact', async () => {
    const body = JSON.stringify({ tekst: 'cliënt € – 😀' });
    const response = await fetch(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      body,
    });
    assert.equal(((await response.json()) as { text: string }).text, body);
  });

  it('waits for a body that arrives in pieces, even mid-character', async () => {
    const body = JSON.stringify({ tekst: 'één'.repeat(40) });
    const raw = request(body);
    const bytes = Buffer.from(raw);
    // Cut inside the body, through a two-byte é.
    const cut = bytes.indexOf(Buffer.from('é')) + 1;
    const received = await rawExchange([bytes.subarray(0, cut), bytes.subarray(cut)], 1);
    assert.equal(answers(received)[0]?.text, body);
  });

  it('reads a chunked body (no Content-Length)', async () => {
    const raw = await rawExchange(
      [
        'POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n',
        '3\r\n"b"\r\n1\r\n}\r\n0\r\n\r\n',
      ],
      1,
    );
    assert.equal(answers(raw)[0]?.text, '{"a":"b"}');
  });

  it('answers two pipelined requests on one connection, each with its own body', async () => {
    const first = JSON.stringify({ n: 1 });
    const second = JSON.stringify({ n: 2, tekst: 'tweede' });
    const raw = await rawExchange([request(first) + request(second)], 2);
    assert.deepEqual(
      answers(raw).map((answer) => answer.text),
      [first, second],
    );
  });

  it('refuses a body over the limit with 413 and a Dutch message, before reading it', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      body: 'x'.repeat(limit + 1),
    });
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as { detail: string }).detail, /hoogstens 1000 bytes/);
  });

  it('cuts off a chunked body once it passes the limit', async () => {
    const chunk = 'y'.repeat(600);
    const raw = await rawExchange(
      [
        `POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n${chunk}\r\n`,
        `258\r\n${chunk}\r\n`,
        `258\r\n${chunk}\r\n0\r\n\r\n`,
      ],
      1,
    );
    assert.match(raw, /^HTTP\/1\.1 413/);
    assert.match(raw, /hoogstens 1000 bytes/);
  });

  it('takes a body of exactly the limit', async () => {
    const body = 'z'.repeat(limit);
    const response = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', body });
    assert.equal(((await response.json()) as { length: number }).length, limit);
  });

  it('reads a header whatever its case, and gives none for a missing one', async () => {
    const typed = await rawExchange(
      ['POST /echo HTTP/1.1\r\nHost: x\r\nCONTENT-type: text/plain\r\nContent-Length: 2\r\n\r\n{}'],
      1,
    );
    assert.equal(answers(typed)[0]?.type, 'text/plain');
    const untyped = await rawExchange(
      ['POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}'],
      1,
    );
    assert.equal(answers(untyped)[0]?.type, null);
  });

  it('goes through Hono when the bindings are not a Node request (tests, HTTP/2)', async () => {
    const app = new Hono();
    app.post('/echo', async (c) =>
      c.json({ text: await requestText(c, limit), type: requestHeader(c, 'content-type') }),
    );
    const standIn = { incoming: { socket: { remoteAddress: '192.0.2.1' } } };
    const response = await app.request(
      '/echo',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' },
      standIn,
    );
    assert.deepEqual(await response.json(), { text: '{"a":1}', type: 'application/json' });
  });

  it('reads an empty body as empty text', async () => {
    const raw = await rawExchange([request('')], 1);
    assert.equal(answers(raw)[0]?.text, '');
  });
});
