// Per-client-address request limits for the public POST routes:
// a fixed window per address, kept in memory per process. Past the limit the
// client gets 429 with Retry-After and a Dutch message. The address is only
// a key here: it is never logged or stored.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './auth/principal.ts';
import { clientAddress } from './client-address.ts';

export interface RateLimit {
  /** Requests allowed per address in one window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

/** What a route may take from one address; generous enough for an office behind one address. */
export interface RateLimits {
  /** POST /api/v1/trees/:treeId/evaluate */
  evaluate: RateLimit;
  /** POST /evaluatie/:slug (evaluation answers) */
  evaluationAnswers: RateLimit;
  /** POST /api/v1/gebruik (anonymous usage events) */
  usageEvents: RateLimit;
}

export const defaultRateLimits: RateLimits = {
  evaluate: { limit: 1200, windowMs: 60_000 },
  evaluationAnswers: { limit: 60, windowMs: 10 * 60_000 },
  usageEvents: { limit: 600, windowMs: 60_000 },
};

/** RATE_LIMITS=off turns every limit off (benchmarks); RATE_LIMIT_<NAME>=n sets one limit. */
export function rateLimitsFromEnv(env: Record<string, string | undefined>): RateLimits {
  const off = env.RATE_LIMITS === 'off';
  const one = (name: keyof RateLimits, variable: string): RateLimit => {
    const value = env[variable];
    const limit = off ? 0 : value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
    return { ...defaultRateLimits[name], ...(limit !== undefined ? { limit } : {}) };
  };
  return {
    evaluate: one('evaluate', 'RATE_LIMIT_EVALUATE'),
    evaluationAnswers: one('evaluationAnswers', 'RATE_LIMIT_EVALUATION_ANSWERS'),
    usageEvents: one('usageEvents', 'RATE_LIMIT_USAGE_EVENTS'),
  };
}

/** Forget windows that have ended once this many addresses are tracked. */
const pruneAbove = 10_000;

export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(readonly rule: RateLimit) {}

  /** Counts one request; returns seconds to wait when it is over the limit, else 0. */
  take(key: string, now: number): number {
    if (this.rule.limit === 0) return 0;
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.rule.windowMs) {
      if (this.#windows.size >= pruneAbove) this.#prune(now);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.rule.limit) return 0;
    return Math.max(1, Math.ceil((window.start + this.rule.windowMs - now) / 1000));
  }

  #prune(now: number): void {
    for (const [key, window] of this.#windows)
      if (now - window.start >= this.rule.windowMs) this.#windows.delete(key);
  }
}

export type RateLimiters = Record<keyof RateLimits, RateLimiter>;

/** One limiter per limited route kind, to share between the apps of every region on a server. */
export function rateLimitersFor(limits: RateLimits): RateLimiters {
  return {
    evaluate: new RateLimiter(limits.evaluate),
    evaluationAnswers: new RateLimiter(limits.evaluationAnswers),
    usageEvents: new RateLimiter(limits.usageEvents),
  };
}

/** Limits POST requests to the routes it is mounted on (counting in `limiter`, which may be shared). */
export function rateLimit(
  rule: RateLimit,
  now: () => Date,
  refuse: (c: Context<AppEnv>, retryAfterSeconds: number) => Response,
  limiter: RateLimiter = new RateLimiter(rule),
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || rule.limit === 0) return next();
    const wait = limiter.take(clientAddress(c), now().getTime());
    if (wait > 0) return refuse(c, wait);
    return next();
  };
}

export function tooManyRequestsText(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const when = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconden` : `${minutes} minuten`;
  return `Er kwamen te veel verzoeken tegelijk van uw adres. Wacht ${when} en probeer het dan opnieuw. Wat u hebt ingevuld, is niet verloren: ga terug en verstuur het opnieuw.`;
}
