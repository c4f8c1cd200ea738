// A small least-recently-used cache of evaluate answers. The answer is a pure
// function of (tree version, today, request body), and the first steps of a
// walk are the same for everyone, so many requests repeat. Only successful
// answers are kept, in memory, never written anywhere; the key holds the tree
// version and the day, so a publish or midnight never serves a stale answer.
// Answers are kept encoded (UTF-8), ready to be written to the socket, and
// gzipped once on their second use, for clients that accept it.
import { gzipSync } from 'node:zlib';

export class CachedAnswer {
  #gzip: Uint8Array<ArrayBuffer> | undefined;

  constructor(readonly plain: Uint8Array<ArrayBuffer>) {}

  get gzip(): Uint8Array<ArrayBuffer> {
    this.#gzip ??= new Uint8Array(gzipSync(this.plain));
    return this.#gzip;
  }
}

/** True when an Accept-Encoding header allows gzip (and does not set its q to 0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header
    .split(',')
    .some((part) => /^\s*(gzip|\*)\s*(;\s*q=(1(\.0*)?|0?\.\d*[1-9]\d*)\s*)?$/i.test(part));
}

export class EvaluateCache {
  readonly #entries = new Map<string, CachedAnswer>();

  constructor(readonly capacity = 500) {}

  static key(treeId: string, version: number, today: string, body: string): string {
    return `${treeId}\u0000${version}\u0000${today}\u0000${body}`;
  }

  get(key: string): CachedAnswer | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // Move to the newest end.
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: CachedAnswer): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
