// A small least-recently-used cache of evaluate answers. The answer is a pure
// function of (tree version, today, request body), and the first steps of a
// walk are the same for everyone, so many requests repeat. Only successful
// answers are kept, in memory, never written anywhere; the key holds the tree
// version and the day, so a publish or midnight never serves a stale answer.
// Answers are kept encoded (UTF-8), ready to be written to the socket.

export class EvaluateCache {
  readonly #entries = new Map<string, Uint8Array<ArrayBuffer>>();

  constructor(readonly capacity = 500) {}

  static key(treeId: string, version: number, today: string, body: string): string {
    return `${treeId}\u0000${version}\u0000${today}\u0000${body}`;
  }

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // Move to the newest end.
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: Uint8Array<ArrayBuffer>): void {
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
