// An HTTP request that shows the bytes as they crossed the socket: fetch()
// would decode a compressed body and hide its real size.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as it arrived, still encoded. */
  wire: Buffer;
  /** The body after undoing Content-Encoding. */
  decoded: Buffer;
  /** Everything read from the socket for this response: status line, headers and body. */
  socketBytes: number;
}

export function decodeBody(wire: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(wire);
  if (encoding === 'gzip') return gunzipSync(wire);
  if (encoding === undefined || encoding === 'identity') return wire;
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

export function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  // agent: false gives each request its own connection, so the socket's count is this response's.
  const options = { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false };
  return new Promise((resolve, reject) => {
    const req = request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        try {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            wire,
            decoded: decodeBody(wire, res.headers['content-encoding']),
            socketBytes: res.socket?.bytesRead ?? Number.NaN,
          });
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
