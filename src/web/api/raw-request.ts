// Reading a request straight from Node's IncomingMessage where
// @hono/node-server gives one, for the hot evaluate endpoint: c.req.header()
// builds a web Headers object of all request headers on first use, and
// c.req.text() reads the body through stream events and promises. Both were a
// large share of an evaluate request's cost. `app.request()` in tests has no
// socket and goes through Hono.
import { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { HttpProblem } from '../problem.ts';

const decoder = new TextDecoder();

/** Node's HTTP/1 request, when that is what the server gave (not HTTP/2, not a test stand-in). */
function incomingOf(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage ? incoming : undefined;
}

/** One request header (name in lower case), from Node's parsed headers when there are. */
export function requestHeader(c: Context, name: Lowercase<string>): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The body as text, at most `maxBytes` long (413 otherwise). A small JSON body
 * usually comes in the same network packet as the headers: the handler starts
 * while Node's parser is still between the two, and one microtask later the
 * whole body is in the socket's buffer; then it is taken at once. A body that
 * is still arriving, or comes without a Content-Length, is collected as it
 * comes and cut off at the limit.
 */
export async function requestText(c: Context, maxBytes: number): Promise<string> {
  const tooLarge = () => tooLargeProblem(maxBytes);
  const incoming = incomingOf(c);
  if (!incoming || incoming.readableDidRead || incoming.readableEncoding !== null) {
    const text = await c.req.text();
    if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
    return text;
  }
  const declared = Number(incoming.headers['content-length']);
  if (declared > maxBytes) throw tooLarge();
  if (declared > 0) {
    if (incoming.readableLength < declared) await undefined; // let the parser finish the packet
    // Without a size, read() returns everything buffered: here the whole body.
    if (incoming.readableLength === declared) return decoder.decode(incoming.read() as Buffer);
  }
  const body = await collect(incoming, maxBytes);
  if (body === undefined) throw tooLarge();
  return decoder.decode(body);
}

function tooLargeProblem(maxBytes: number): HttpProblem {
  return new HttpProblem(
    413,
    'Vraag te groot',
    `Deze vraag is te groot: stuur hoogstens ${maxBytes} bytes.`,
  );
}

/** The rest of the body, or undefined once it passes maxBytes (the rest is then let through unread). */
function collect(incoming: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (finish: () => void) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      finish();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > maxBytes) settle(() => resolve(undefined));
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks)));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () =>
      settle(() =>
        incoming.readableEnded
          ? resolve(Buffer.concat(chunks))
          : reject(new Error('The client closed the connection before the body was complete.')),
      );
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
