// Rendered PDFs (advice, handout, diagram), kept per canonical request, tree
// version and day: the same PDF asked for again — a second click, a reload, a
// colleague with the same link — comes from memory, and requests for a PDF
// that is still being rendered wait for that render instead of starting their
// own. The day is in the key because a PDF computed for "today" changes at
// midnight (Europe/Amsterdam, by the app's clock).
//
// The request holds a walk's answers, dates included (SPEC §8): entries live
// in memory only, are never logged, are bounded by their total size (the
// least recently used go first), and are dropped when the day is over — at
// the next PDF request or within a minute, whichever comes first.
import type { PlainDate } from '../core/dates/plain-date.ts';
import type { PdfJob, PdfRenderer } from '../render/pdf-job.ts';

/** About 340 tagged advice PDFs (about 48 KB each). */
export const defaultPdfCacheBytes = 16 * 1024 * 1024;
/** How often a quiet server checks whether the day is over. */
const sweepMs = 60_000;

interface Entry {
  pdf: Promise<Uint8Array>;
  /** Counted once the render is done; a render in progress cannot be evicted. */
  bytes: number;
  done: boolean;
}

export interface PdfCacheOptions {
  render: PdfRenderer;
  /** Today in Amsterdam (the app's `deps.today`): entries live for one day. */
  today: () => PlainDate;
  maxBytes?: number;
}

/** What routes use of the cache: a PDF of a request, cached, waited for or rendered. */
export interface PdfSource {
  pdf(request: string, version: number, job: () => PdfJob): Promise<Uint8Array>;
}

export class PdfCache implements PdfSource {
  /** In order of last use, oldest first. */
  readonly #entries = new Map<string, Entry>();
  readonly #render: PdfRenderer;
  readonly #calendarDay: () => PlainDate;
  readonly maxBytes: number;
  #bytes = 0;
  #day: PlainDate | undefined;
  #sweep: ReturnType<typeof setInterval> | undefined;

  constructor(options: PdfCacheOptions) {
    this.#render = options.render;
    this.#calendarDay = options.today;
    this.maxBytes = options.maxBytes ?? defaultPdfCacheBytes;
  }

  /**
   * The same cache for one region: its requests are kept apart from other
   * regions' (the same path may be another tree there), within one byte bound
   * for the whole server.
   */
  scoped(region: string): PdfSource {
    return { pdf: (request, version, job) => this.pdf(`${region}\u0000${request}`, version, job) };
  }

  /** The PDF of a canonical request (path and query) on a published version: cached, waited for, or rendered. */
  pdf(request: string, version: number, job: () => PdfJob): Promise<Uint8Array> {
    const day = this.#today();
    const key = `${day}\u0000${version}\u0000${request}`;
    const cached = this.#entries.get(key);
    if (cached) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached.pdf;
    }
    const render = this.#render;
    const entry: Entry = {
      pdf: Promise.resolve().then(() => render(job())),
      bytes: 0,
      done: false,
    };
    this.#entries.set(key, entry);
    this.#sweep ??= setInterval(() => this.#today(), sweepMs).unref();
    entry.pdf.then(
      (bytes) => {
        // Gone already when the day ended while it was rendered.
        if (this.#entries.get(key) !== entry) return;
        entry.done = true;
        entry.bytes = bytes.buffer.byteLength;
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        // A failure is not remembered: the next request tries again.
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.pdf;
  }

  /** The bytes of the PDFs held (renders in progress not counted). */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Today, after dropping every entry of an earlier day. */
  #today(): PlainDate {
    const day = this.#calendarDay();
    if (day !== this.#day) {
      this.#entries.clear();
      this.#bytes = 0;
      this.#day = day;
    }
    if (this.#entries.size === 0 && this.#sweep !== undefined) {
      clearInterval(this.#sweep);
      this.#sweep = undefined;
    }
    return day;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) return;
      if (!entry.done) continue;
      this.#entries.delete(key);
      this.#bytes -= entry.bytes;
    }
  }
}
